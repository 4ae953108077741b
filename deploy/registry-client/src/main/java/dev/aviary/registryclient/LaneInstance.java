package dev.aviary.registryclient;

import com.alibaba.nacos.api.naming.pojo.Instance;
import java.util.LinkedHashMap;
import java.util.Map;

/** This instance as it registers itself: where it listens, and the lane and version it serves. */
public final class LaneInstance {

    private final String service;
    private final String ip;
    private final int port;
    private final String lane;
    private final String version;
    private final Map<String, String> metadata;

    private LaneInstance(
            String service, String ip, int port, String lane, String version, Map<String, String> metadata) {
        if (service == null || service.trim().isEmpty()) {
            throw new IllegalArgumentException("an instance needs its service name");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        this.service = service;
        this.ip = ip;
        this.port = port;
        this.lane = LaneMetadata.laneOf(lane);
        this.version = version;
        this.metadata = new LinkedHashMap<String, String>(metadata);
    }

    /** An instance of {@code service} at {@code ip:port} serving {@code lane} ({@code ""}: the baseline). */
    public static LaneInstance of(String service, String ip, int port, String lane, String version) {
        return new LaneInstance(service, ip, port, lane, version, new LinkedHashMap<String, String>());
    }

    /** The same instance with one more metadata entry (e.g. the application's own). */
    public LaneInstance with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<String, String>(metadata);
        more.put(key, value);
        return new LaneInstance(service, ip, port, lane, version, more);
    }

    public String service() {
        return service;
    }

    public String lane() {
        return lane;
    }

    Instance toNacos() {
        Instance instance = new Instance();
        instance.setIp(ip);
        instance.setPort(port);
        instance.setEphemeral(true);
        instance.setHealthy(true);
        instance.setEnabled(true);
        Map<String, String> all = new LinkedHashMap<String, String>(metadata);
        all.put(LaneMetadata.LANE, lane);
        if (version != null) {
            all.put(LaneMetadata.VERSION, version);
        }
        instance.setMetadata(all);
        return instance;
    }
}
