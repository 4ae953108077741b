package dev.aviary.graygateway.traffic;

/** The policies the tests publish: docs/traffic.md's example, plus probes of strict and locked lanes. */
final class Policies {

    private Policies() {}

    static final String LANES = """
            [{"name": "gray", "strict": false, "lockedServices": []},
             {"name": "feature-x", "strict": false, "lockedServices": []},
             {"name": "strict-lane", "strict": true, "lockedServices": []},
             {"name": "locked-lane", "strict": false, "lockedServices": ["shop"]}]""";

    /** The example of docs/traffic.md, a pinned traffic list, and one rule per probe lane. */
    static final String EXAMPLE = """
            [{"name": "testers", "lane": "gray", "when": {"header": "x-user-id", "in": ["1001", "1002"]}},
             {"name": "tail-7", "lane": "gray", "when": {"header": "x-user-id", "tailDigits": ["7"]}},
             {"name": "new-app", "lane": "gray", "when": {"header": "x-app-version", "versionRange": ">=5.2.0"}},
             {"name": "five-pct", "lane": "gray", "when": {"header": "x-user-id", "percent": 5}},
             {"name": "gd", "lane": "feature-x", "when": {"all": [{"cookie": "region", "equals": "GD"},
                                                                   {"not": {"clientIp": "10.0.0.0/8"}}]}},
             {"name": "vips", "lane": "gray", "when": {"header": "x-user-id", "in": {"list": "vips", "version": 3}}},
             {"name": "strict-probe", "lane": "strict-lane", "when": {"header": "x-probe", "equals": "strict"}},
             {"name": "locked-probe", "lane": "locked-lane", "when": {"header": "x-probe", "equals": "locked"}}]""";

    /** Only the testers rule. */
    static final String TESTERS_ONLY = """
            [{"name": "testers", "lane": "gray", "when": {"header": "x-user-id", "in": ["1001", "1002"]}}]""";

    /** Emergency stop: no rules at all. */
    static final String NONE = "[]";
}
