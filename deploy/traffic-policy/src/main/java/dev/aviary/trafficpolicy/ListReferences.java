package dev.aviary.trafficpolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds and pins the traffic lists a policy's {@code in} operators reference. */
final class ListReferences {

    private ListReferences() {}

    static List<ListReference> of(TrafficPolicy policy) {
        List<ListReference> references = new ArrayList<>();
        List<Rule> rules = policy.rules();
        for (int i = 0; i < rules.size(); i++) {
            collect(rules.get(i).when(), "rules[" + i + "].when", references);
        }
        return references;
    }

    private static void collect(Condition condition, String path, List<ListReference> references) {
        if (condition instanceof AllCondition all) {
            collectChildren(all.conditions(), path + ".all", references);
        } else if (condition instanceof AnyCondition any) {
            collectChildren(any.conditions(), path + ".any", references);
        } else if (condition instanceof NotCondition not) {
            collect(not.condition(), path + ".not", references);
        } else if (condition instanceof InCondition in && in.referencesList()) {
            String holder = in.source().kind().isNamed()
                    ? path
                    : path + "." + in.source().kind().jsonName();
            references.add(new ListReference(in.list(), in.listVersion(), holder + ".in"));
        }
    }

    private static void collectChildren(List<Condition> children, String path, List<ListReference> references) {
        for (int i = 0; i < children.size(); i++) {
            collect(children.get(i), path + "[" + i + "]", references);
        }
    }

    static TrafficPolicy pin(TrafficPolicy policy, Map<String, Long> versions) {
        return new TrafficPolicy(policy.rules().stream()
                .map(rule -> new Rule(rule.name(), rule.lane(), pin(rule.when(), versions)))
                .toList());
    }

    private static Condition pin(Condition condition, Map<String, Long> versions) {
        if (condition instanceof AllCondition all) {
            return new AllCondition(
                    all.conditions().stream().map(c -> pin(c, versions)).toList());
        }
        if (condition instanceof AnyCondition any) {
            return new AnyCondition(
                    any.conditions().stream().map(c -> pin(c, versions)).toList());
        }
        if (condition instanceof NotCondition not) {
            return new NotCondition(pin(not.condition(), versions));
        }
        if (condition instanceof InCondition in && in.referencesList() && versions.containsKey(in.list())) {
            return new InCondition(in.source(), null, in.list(), versions.get(in.list()));
        }
        return condition;
    }
}
