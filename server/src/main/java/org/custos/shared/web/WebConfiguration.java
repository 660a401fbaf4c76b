package org.custos.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Spanish by default; {@code ?lang=en} switches to English and is remembered in a cookie. API clients
 * choose with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("custos-lang");
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (ErrorPages.originalUri(request).startsWith(request.getContextPath() + "/api/") && header != null
                    && header.toLowerCase(Locale.ROOT).startsWith("en")) {
                return Locale.ENGLISH;
            }
            return SPANISH;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Override
    public void extendHandlerExceptionResolvers(java.util.List<org.springframework.web.servlet.HandlerExceptionResolver> resolvers) {
        resolvers.add(new PageProblemResolver());
    }
}
