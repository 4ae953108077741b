package dev.aviary.trafficpolicy.bench;

import dev.aviary.trafficpolicy.RequestView;
import java.net.InetAddress;

/** A gateway-like request view: values are already extracted, lookups allocate nothing. */
final class BenchmarkRequest implements RequestView {

    private final String userId;
    private final String appVersion;
    private final String region;
    private final InetAddress clientAddress;

    BenchmarkRequest(String userId, String appVersion, String region, InetAddress clientAddress) {
        this.userId = userId;
        this.appVersion = appVersion;
        this.region = region;
        this.clientAddress = clientAddress;
    }

    @Override
    public String header(String name) {
        if (name.equalsIgnoreCase("x-user-id")) {
            return userId;
        }
        return name.equalsIgnoreCase("x-app-version") ? appVersion : null;
    }

    @Override
    public String cookie(String name) {
        return name.equals("region") ? region : null;
    }

    @Override
    public String query(String name) {
        return null;
    }

    @Override
    public InetAddress clientAddress() {
        return clientAddress;
    }

    @Override
    public String path() {
        return "/api/orders";
    }
}
