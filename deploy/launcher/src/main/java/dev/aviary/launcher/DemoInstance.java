package dev.aviary.launcher;

import java.util.List;

/**
 * One JVM of the full-link gray demo (deploy/lane-demo under the mesh agent): which service it is, the
 * version and lane it runs in ({@code null} = baseline), and whom it calls.
 */
record DemoInstance(String service, String version, String lane, String calls, String callMode) {

    /** A → B → C; B and C also in v2 (lane gray), C also in v3 (lane feature-x). B calls C through a pool and an async client. */
    static final List<DemoInstance> FLEET = List.of(
            new DemoInstance("demo-a", "v1", null, "demo-b", "sync"),
            new DemoInstance("demo-b", "v1", null, "demo-c", "pool-async"),
            new DemoInstance("demo-b", "v2", "gray", "demo-c", "pool-async"),
            new DemoInstance("demo-c", "v1", null, "", "sync"),
            new DemoInstance("demo-c", "v2", "gray", "", "sync"),
            new DemoInstance("demo-c", "v3", "feature-x", "", "sync"));

    /** The name of its log and pid file, e.g. {@code demo-c-v2}. */
    String id() {
        return service + "-" + version;
    }
}
