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

    /**
     * The network a client address stands for when counting failures per client: an IPv4 address
     * itself; for IPv6 its /64, because one subscriber commonly holds a whole /64 and could otherwise
     * change address at every guess.
     */
    static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                sb.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return sb.append(":/64").toString();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : null;
    }
}
