package dev.aviary.meshagent.core.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aviary.meshagent.bootstrap.LaneRules;
import org.junit.jupiter.api.Test;

class LaneRulesDocumentTest {

    @Test
    void readsTheLaneFeedOfReleaseApi() {
        LaneRules rules = LaneRulesDocument.parse("""
                {"revision": 12, "lanes": [
                  {"name": "feature-x", "description": "caf\\u00e9 \\"x\\"", "strict": false,
                   "lockedServices": ["orders", "payments"], "version": 3, "createdAt": "2026-11-27T03:00:00Z",
                   "createdBy": "admin", "updatedAt": null, "updatedBy": null},
                  {"name": "gray", "description": "", "strict": true, "lockedServices": [], "version": 1}
                ]}""");

        assertThat(rules.revision()).isEqualTo(12);
        assertThat(rules.size()).isEqualTo(2);
        assertThat(rules.lane("gray").strict()).isTrue();
        assertThat(rules.lane("gray").reaches("anything")).isTrue();
        assertThat(rules.lane("feature-x").strict()).isFalse();
        assertThat(rules.lane("feature-x").reaches("orders")).isTrue();
        assertThat(rules.lane("feature-x").reaches("inventory")).isFalse();
        assertThat(rules.lane("feature-y")).isNull();
    }

    @Test
    void refusesWhatIsNotTheFeed() {
        assertThatThrownBy(() -> LaneRulesDocument.parse("{\"lanes\": []}"))
                .hasMessageContaining("lacks 'revision' or 'lanes'");
        assertThatThrownBy(() -> LaneRulesDocument.parse("{\"revision\": 1, \"lanes\": [{\"strict\": true}]}"))
                .hasMessageContaining("a lane has no name");
        assertThatThrownBy(() -> LaneRulesDocument.parse("{\"revision\": 1, \"lanes\": [}"))
                .hasMessageContaining("malformed JSON at offset");
        assertThatThrownBy(() -> LaneRulesDocument.parse("{\"revision\": 1, \"lanes\": []} trailing"))
                .hasMessageContaining("unexpected text after the value");
    }
}
