package dev.aviary.graygateway.traffic;

/** How this gateway process names itself to release-api (feed and stats): host and process id. */
public final class Replica {

    private static final String ID = System.getenv().getOrDefault("HOSTNAME", "gateway") + "-"
            + ProcessHandle.current().pid();

    private Replica() {}

    public static String id() {
        return ID;
    }
}
