package org.custos.identity.internal;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the current request, as Tomcat sees it: behind a trusted proxy, the
 * one named in {@code X-Forwarded-For} ({@code server.forward-headers-strategy=native}).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }
}
