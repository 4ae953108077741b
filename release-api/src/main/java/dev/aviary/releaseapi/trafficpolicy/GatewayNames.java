package dev.aviary.releaseapi.trafficpolicy;

import dev.aviary.runtime.problem.ApiProblem;

/** Gateway names use the lane-name format with up to 63 characters. */
public final class GatewayNames {

    public static final String PATTERN = "^[a-z][a-z0-9-]{0,62}$";

    private GatewayNames() {}

    public static String checked(String gateway) {
        if (gateway == null || !gateway.matches(PATTERN)) {
            throw ApiProblem.invalid(
                    "gateway", "must be 1-63 characters: lower-case letters, digits or '-', starting with a letter");
        }
        return gateway;
    }
}
