package org.custos.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language link ({@code ${languageHref}} on every page): the page being read, with everything its
 * address carries (a search, a page number, the purpose a file was opened for), in the other language. An error
 * page links to the address that failed, not to {@code /error}. A model attribute rather than a bean call in the
 * template: Thymeleaf evaluates a whole-URL {@code th:href} in its restricted mode, where beans are not reachable.
 */
@ControllerAdvice
public class LanguageLink {

    private final MessageSource messages;

    LanguageLink(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("languageHref")
    String languageHref(Locale locale) {
        return to(messages.getMessage("nav.language.code", null, "en", locale));
    }

    static String to(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?lang=" + language;
        }
        HttpServletRequest request = attributes.getRequest();
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            // a form shown again with its errors: its address takes only a POST, so the link goes to the page the
            // form was opened from (the same site only), or home
            return sameSite(request.getHeader("Referer"), request)
                    .map(referer -> UriComponentsBuilder.fromUriString(referer).replaceQueryParam("lang", language)
                            .scheme(null).host(null).port(null).build().toUriString())
                    .orElse(request.getContextPath() + "/?lang=" + language);
        }
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String s ? s : request.getRequestURI();
        String query = failed instanceof String ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build()
                .toUriString();
    }

    private static java.util.Optional<String> sameSite(String referer, HttpServletRequest request) {
        if (referer == null) {
            return java.util.Optional.empty();
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            boolean same = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && (uri.getPort() == -1 || uri.getPort() == request.getServerPort())
                    && uri.getRawPath() != null && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
            return same ? java.util.Optional.of(referer) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
