package org.custos.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every page route of the server, read from Spring MVC's own mappings: a GET mapping of a
 * {@code @Controller} method that renders a view (returns a view name or a {@link ModelAndView}), not a
 * body. A module that adds a page adds a route here without anyone listing it.
 */
final class PageRoutes {

    private final List<PathPattern> patterns;

    private PageRoutes(List<PathPattern> patterns) {
        this.patterns = patterns;
    }

    static PageRoutes of(RequestMappingHandlerMapping mapping) {
        List<PathPattern> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            HandlerMethod method = e.getValue();
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            if (!isPage(method) || info.getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern p : info.getPathPatternsCondition().getPatterns()) {
                String text = p.getPatternString();
                if (!text.equals("/error") && !text.contains("{*") && !text.equals("/login")) {
                    found.add(p);
                }
            }
        }
        found.sort(PathPattern.SPECIFICITY_COMPARATOR.thenComparing(PathPattern::getPatternString));
        return new PageRoutes(List.copyOf(found));
    }

    private static boolean isPage(HandlerMethod method) {
        Class<?> type = method.getBeanType();
        if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                || AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                || method.hasMethodAnnotation(ResponseBody.class)) {
            return false;
        }
        Class<?> returns = method.getReturnType().getParameterType();
        return returns == String.class || ModelAndView.class.isAssignableFrom(returns);
    }

    List<PathPattern> all() {
        return patterns;
    }

    /** The most specific page route matching {@code path}, with its variables. */
    Optional<Match> match(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().sorted(PathPattern.SPECIFICITY_COMPARATOR)
                .map(p -> {
                    var m = p.matchAndExtract(container);
                    return m == null ? null : new Match(p, m.getUriVariables());
                })
                .filter(java.util.Objects::nonNull).findFirst();
    }

    record Match(PathPattern pattern, Map<String, String> variables) {
    }

    static String expand(PathPattern pattern, Map<String, String> variables) {
        String path = pattern.getPatternString();
        for (var v : variables.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }
}
