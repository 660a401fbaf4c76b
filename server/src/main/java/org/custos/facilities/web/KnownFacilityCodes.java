package org.custos.facilities.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.custos.facilities.FacilityDirectory;
import org.custos.shared.web.ProblemException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place that resolves a facility code in a path: every route of every module whose pattern contains
 * {@code /facilities/{code}} (API and pages) answers 404 {@code facilities.not-found} for a code no facility
 * has, before its handler runs. Scope (a facility outside the caller's) stays each module's check.
 */
@Configuration(proxyBeanMethods = false)
class KnownFacilityCodes implements WebMvcConfigurer, HandlerInterceptor {

    static final String SEGMENT = "/facilities/{code}";
    private final FacilityDirectory facilities;

    KnownFacilityCodes(FacilityDirectory facilities) {
        this.facilities = facilities;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null || !pattern.toString().contains(SEGMENT)) {
            return true;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object code = variables instanceof Map<?, ?> m ? m.get("code") : null;
        if (code == null || facilities.find(code.toString()).isEmpty()) {
            throw ProblemException.notFound("facilities.not-found");
        }
        return true;
    }
}
