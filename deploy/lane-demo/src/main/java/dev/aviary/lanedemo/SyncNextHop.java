package dev.aviary.lanedemo;

import com.alibaba.nacos.api.naming.NamingService;
import com.alibaba.nacos.api.naming.pojo.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Calls the next service on the request thread: all healthy instances, a random one, HttpURLConnection. */
final class SyncNextHop implements NextHop {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final NamingService naming;
    private final String service;
    private final Random random;

    SyncNextHop(NamingService naming, String service, Random random) {
        this.naming = naming;
        this.service = service;
        this.random = random;
    }

    @Override
    public HopAnswer ask() {
        List<Instance> instances;
        try {
            instances = naming.selectInstances(service, true);
        } catch (Exception e) {
            return HopAnswer.unreachable(service, e);
        }
        if (instances.isEmpty()) {
            return HopAnswer.unreachable(service, "no healthy instance");
        }
        Instance target = instances.get(random.nextInt(instances.size()));
        String address = target.getIp() + ":" + target.getPort();
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL("http://" + address + "/hop").openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setReadTimeout(READ_TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            return HopAnswer.of(service, address, status, body(connection, status));
        } catch (Exception e) {
            return HopAnswer.unreachable(service, e);
        }
    }

    private static String body(HttpURLConnection connection, int status) throws IOException {
        // Read to the end, so the connection goes back to the keep-alive cache.
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        // nothing of its own: HttpURLConnection keeps its connections in the JDK's cache
    }
}
