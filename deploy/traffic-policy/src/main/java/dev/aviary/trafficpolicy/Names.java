package dev.aviary.trafficpolicy;

import java.util.regex.Pattern;

/** The name formats of docs/traffic.md. */
final class Names {

    static final Pattern LANE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** Traffic lists use the lane-name format. */
    static final Pattern LIST = LANE;
    /** An HTTP token (RFC 9110), for header and cookie names. */
    static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");

    static final int MAX_QUERY_NAME = 256;

    private Names() {}

    static void checkLane(String lane, String field, Problems problems) {
        if (!LANE.matcher(lane).matches()) {
            problems.add(
                    field,
                    JsonTypes.quote(lane) + " is not a lane name: 1 to 40 lowercase letters, digits and '-',"
                            + " starting with a letter");
        } else if (lane.equals("baseline")) {
            problems.add(field, "'baseline' is not a lane: it is where requests that match no rule go");
        }
    }
}
