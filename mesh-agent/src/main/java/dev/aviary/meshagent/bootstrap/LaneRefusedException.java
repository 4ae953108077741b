package dev.aviary.meshagent.bootstrap;

/**
 * A call the lane rules forbid: the lane is strict and has no healthy instance of the service, or the
 * lane is locked and the service is not among those it may reach. Thrown by the instrumented selection
 * method, so the call fails fast instead of reaching another lane.
 */
public final class LaneRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String lane;
    private final String service;

    LaneRefusedException(String lane, String service, String message) {
        super(message);
        this.lane = lane;
        this.service = service;
    }

    static LaneRefusedException strict(String lane, String service) {
        return new LaneRefusedException(
                lane,
                service,
                "lane '" + lane + "' is strict and has no healthy instance of '" + service
                        + "' (aviary mesh-agent; the baseline is not used for strict lanes)");
    }

    static LaneRefusedException locked(String lane, String service, Iterable<String> reachable) {
        return new LaneRefusedException(
                lane,
                service,
                "lane '" + lane + "' is locked to " + reachable + "; '" + service
                        + "' is not one of them (aviary mesh-agent)");
    }

    public String lane() {
        return lane;
    }

    public String service() {
        return service;
    }
}
