package dev.aviary.registryclient;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One healthy instance of a service as Aviary routes to it. Immutable. */
public final class Endpoint {

    private final String ip;
    private final int port;
    private final String lane;
    private final String version;
    private final Map<String, String> metadata;

    Endpoint(String ip, int port, Map<String, String> metadata) {
        this.ip = ip;
        this.port = port;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<String, String>(metadata));
        this.lane = LaneMetadata.laneOf(metadata.get(LaneMetadata.LANE));
        this.version = metadata.get(LaneMetadata.VERSION);
    }

    public String ip() {
        return ip;
    }

    public int port() {
        return port;
    }

    /** The lane this instance serves; {@link LaneMetadata#BASELINE} for the baseline. */
    public String lane() {
        return lane;
    }

    /** The version it runs, or {@code null} when it did not say. */
    public String version() {
        return version;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public String address() {
        return ip + ":" + port;
    }

    @Override
    public String toString() {
        return address()
                + (lane.isEmpty() ? " (baseline" : " (lane " + lane)
                + (version == null ? ")" : ", " + version + ")");
    }
}
