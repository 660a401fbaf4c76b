package org.custos.facilities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.identity.Role;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.TestUsers;
import org.custos.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route that takes a facility code in its path ({@code /facilities/{code}}, API and pages, reads and
 * writes) answers 404 with a problem for a code no facility has, for a national user whose role may call it:
 * never 200 with an empty page, never 500.
 */
@CustosTest
class UnknownFacilityCodeTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyFacilityCodeRouteAnswers404ForAnUnknownCode() {
        String warden = users.with(Role.WARDEN);
        Api api = Api.as(port, warden);
        WebSession web = WebSession.signIn(port, warden);
        WebSession.Page home = web.get("/");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("/facilities/{code}")) {
                    continue;
                }
                String path = pattern.replace("{code}", "NOPE-404");
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    checked++;
                    if (path.startsWith("/api/")) {
                        Api.Response r = api.send(m.name(), path, "application/json", "{}".getBytes());
                        if (r.status() != 404 || !r.body().contains("\"facilities.not-found\"")) {
                            wrong.add(m + " " + path + " -> " + r.status() + " " + r.body());
                        }
                    } else {
                        WebSession.Page p = m == RequestMethod.GET ? web.get(path) : web.post(path, home, Map.of());
                        if (p.status() != 404) {
                            wrong.add(m + " " + path + " -> " + p.status());
                        }
                    }
                }
            }
        }
        assertThat(checked).as("routes with a facility code").isGreaterThanOrEqualTo(14);
        assertThat(wrong).as("routes not answering 404 for an unknown facility").isEmpty();
    }
}
