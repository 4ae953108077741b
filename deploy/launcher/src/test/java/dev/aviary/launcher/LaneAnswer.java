package dev.aviary.launcher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the demo backend answered through the ingress: which version served it and the lane label it saw. */
record LaneAnswer(int status, String version, String receivedLane, String body) {

    private static final Pattern VERSION = Pattern.compile("\"version\":\"([^\"]*)\"");
    private static final Pattern RECEIVED = Pattern.compile("\"receivedLane\":(?:null|\"([^\"]*)\")");

    static LaneAnswer of(int status, String body) {
        Matcher version = VERSION.matcher(body);
        Matcher received = RECEIVED.matcher(body);
        return new LaneAnswer(
                status, version.find() ? version.group(1) : null, received.find() ? received.group(1) : null, body);
    }

    boolean servedBy(String expectedVersion) {
        return status == 200 && expectedVersion.equals(version);
    }
}
