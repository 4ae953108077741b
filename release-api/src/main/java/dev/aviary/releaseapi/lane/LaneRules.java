package dev.aviary.releaseapi.lane;

import dev.aviary.runtime.problem.ApiProblem;

/** The documented formats of lane fields (docs/traffic.md). */
public final class LaneRules {

    public static final String NAME = "^[a-z][a-z0-9-]{0,39}$";
    public static final String NAME_RULE =
            "must be 1-40 characters: lower-case letters, digits or '-', starting with a letter; not baseline";
    static final String SERVICE = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$";
    static final String SERVICE_RULE = "must be 1-128 characters: letters, digits, '.', '_', ':', '@' or '-'";

    private LaneRules() {}

    public static boolean isLaneName(String name) {
        return name != null && name.matches(NAME) && !name.equals("baseline");
    }

    static String checkedName(String name) {
        if (!isLaneName(name)) {
            throw ApiProblem.invalid("name", NAME_RULE);
        }
        return name;
    }
}
