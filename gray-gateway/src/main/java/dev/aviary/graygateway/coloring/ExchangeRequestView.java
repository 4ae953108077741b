package dev.aviary.graygateway.coloring;

import dev.aviary.trafficpolicy.RequestView;
import java.net.InetAddress;
import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** The policy's view of a proxied request: reads what a condition asks for, copies nothing. */
final class ExchangeRequestView implements RequestView {

    private final ServerHttpRequest request;
    private final ClientAddresses clientAddresses;
    private InetAddress clientAddress;
    private boolean clientAddressResolved;

    ExchangeRequestView(ServerHttpRequest request, ClientAddresses clientAddresses) {
        this.request = request;
        this.clientAddresses = clientAddresses;
    }

    @Override
    public String header(String name) {
        return request.getHeaders().getFirst(name);
    }

    @Override
    public String cookie(String name) {
        HttpCookie cookie = request.getCookies().getFirst(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public String query(String name) {
        return request.getQueryParams().getFirst(name);
    }

    @Override
    public InetAddress clientAddress() {
        if (!clientAddressResolved) {
            clientAddress = clientAddresses.of(request);
            clientAddressResolved = true;
        }
        return clientAddress;
    }

    @Override
    public String path() {
        return request.getPath().pathWithinApplication().value();
    }
}
