package dev.aviary.releaseapi.trafficpolicy;

import dev.aviary.releaseapi.lane.Lanes;
import dev.aviary.releaseapi.trafficlist.TrafficLists;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.problem.FieldProblem;
import dev.aviary.trafficpolicy.ListReference;
import dev.aviary.trafficpolicy.PolicyRejected;
import dev.aviary.trafficpolicy.Rule;
import dev.aviary.trafficpolicy.TrafficPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates a policy document whole: the language (through the policy library, with its field paths),
 * then that every lane is declared and every list exists. References without a version are pinned to
 * the list's current version; a pinned one (a rollback) must name a version that still exists.
 */
@Component
class PolicyCheck {

    private final Lanes lanes;
    private final TrafficLists lists;

    PolicyCheck(Lanes lanes, TrafficLists lists) {
        this.lanes = lanes;
        this.lists = lists;
    }

    CheckedPolicy check(JsonNode document, Set<String> allowedTopLevel) {
        TrafficPolicy policy;
        try {
            policy = TrafficPolicy.parse(document, allowedTopLevel);
        } catch (PolicyRejected rejected) {
            throw ApiProblem.invalid(rejected.errors().stream()
                    .map(e -> new FieldProblem(e.field(), e.message()))
                    .toList());
        }
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> undeclared = new LinkedHashSet<>(lanes.undeclared(policy.lanes()));
        List<Rule> rules = policy.rules();
        for (int i = 0; i < rules.size(); i++) {
            String lane = rules.get(i).lane();
            if (undeclared.contains(lane)) {
                errors.add(new FieldProblem(
                        "rules[" + i + "].lane",
                        "no lane " + lane + "; declare it first (PUT /api/v1/lanes/" + lane + ")"));
            }
        }
        Set<String> names = new TreeSet<>();
        policy.listReferences().forEach(reference -> names.add(reference.name()));
        Map<String, Long> current = lists.currentVersions(names);
        Map<String, Long> pins = new HashMap<>();
        for (ListReference reference : policy.listReferences()) {
            if (!current.containsKey(reference.name())) {
                errors.add(new FieldProblem(
                        reference.field(),
                        "no traffic list " + reference.name() + "; upload it first (PUT /api/v1/traffic-lists/"
                                + reference.name() + ")"));
            } else if (reference.version() == null) {
                pins.put(reference.name(), current.get(reference.name()));
            } else if (!lists.hasVersion(reference.name(), reference.version())) {
                errors.add(new FieldProblem(
                        reference.field(),
                        "traffic list " + reference.name() + " has no version " + reference.version()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        TrafficPolicy pinned = policy.pinLists(pins);
        return new CheckedPolicy(pinned, pinned.toJson().path("rules"), policy.lanes(), names);
    }
}
