package dev.aviary.releaseapi;

import static org.assertj.core.api.Assertions.assertThat;

/** The lanes and the policy of docs/traffic.md, for the traffic tests. */
public final class TrafficFixtures {

    /** The example policy of docs/traffic.md, word for word. */
    public static final String EXAMPLE_RULES = """
            [
              {"name": "testers", "lane": "gray", "when": {"header": "x-user-id", "in": ["1001", "1002"]}},
              {"name": "tail-7", "lane": "gray", "when": {"header": "x-user-id", "tailDigits": ["7"]}},
              {"name": "new-app", "lane": "gray", "when": {"header": "x-app-version", "versionRange": ">=5.2.0"}},
              {"name": "five-pct", "lane": "gray", "when": {"header": "x-user-id", "percent": 5}},
              {"name": "gd", "lane": "feature-x", "when": {"all": [{"cookie": "region", "equals": "GD"},
                                                                    {"not": {"clientIp": "10.0.0.0/8"}}]}}
            ]""";

    private TrafficFixtures() {}

    /** Declares the example's lanes (gray, feature-x); a PUT of an existing lane just replaces it. */
    public static void declareExampleLanes(ApiClient admin) {
        for (String lane : new String[] {"gray", "feature-x"}) {
            assertThat(admin.put("/api/v1/lanes/" + lane, "{\"description\":\"docs example\"}")
                            .status())
                    .isIn(200, 201);
        }
    }

    public static String policy(String rules) {
        return "{\"rules\": " + rules + "}";
    }
}
