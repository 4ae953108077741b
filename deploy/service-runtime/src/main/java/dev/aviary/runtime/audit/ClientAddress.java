package dev.aviary.runtime.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's address as the service sees it. Behind the edge, Tomcat's remote-IP handling
 * ({@code server.forward-headers-strategy: native}) has already replaced the proxy's address with the
 * client's from {@code X-Forwarded-For}, trusting only internal proxies.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
