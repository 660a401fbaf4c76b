package org.custos.architecture;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTTP endpoint requires a signed-in user and declares who may call it: each handler method
 * of Custos carries {@code @PreAuthorize}, and an anonymous call to each is refused.
 */
@CustosTest
class EndpointSecurityTest {

    /**
     * The only endpoints open to anonymous callers: the sign-in page, and the container's error
     * renderer (it shows no data, only a status).
     */
    private static final Set<String> PUBLIC = Set.of("GET /login", "GET /error", "POST /error", "PUT /error",
            "DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @LocalServerPort
    int port;

    @Test
    void everyCustosHandlerDeclaresWhoMayCallIt() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            Method method = e.getValue().getMethod();
            if (!method.getDeclaringClass().getName().startsWith("org.custos.")) {
                continue;
            }
            checked++;
            boolean declared = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(), PreAuthorize.class);
            if (!declared && !isPublic(e.getKey())) {
                missing.add(e.getKey().toString() + " -> " + method);
            }
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(missing).as("handlers without @PreAuthorize").isEmpty();
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        List<String> open = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            if (isPublic(info)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    Api.Response r = Api.anonymous(port).send(m.name(), path, "application/json", "{}".getBytes());
                    boolean refused = r.status() == 401 || r.status() == 403
                            || (r.status() == 302 || r.status() == 303);
                    if (!refused) {
                        open.add(m + " " + path + " -> " + r.status());
                    }
                }
            }
        }
        assertThat(open).as("endpoints answering an anonymous caller").isEmpty();
    }

    private static boolean isPublic(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return info.getPatternValues().stream().anyMatch(p -> (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                .stream().anyMatch(m -> PUBLIC.contains(m + " " + p)));
    }
}
