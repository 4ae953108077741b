package dev.aviary.meshagent.bootstrap;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's lane declarations (strict, locked services) as last loaded from release-api: one
 * immutable snapshot, replaced whole, so a routing decision never sees half an update.
 */
public final class LaneRules {

    /** Before any rules are loaded: every lane falls back and none is locked. */
    public static final LaneRules NONE = new LaneRules(-1, Collections.<String, Lane>emptyMap());

    private static volatile LaneRules current = NONE;

    private final long revision;
    private final Map<String, Lane> lanes;

    private LaneRules(long revision, Map<String, Lane> lanes) {
        this.revision = revision;
        this.lanes = lanes;
    }

    public static LaneRules of(long revision, List<Lane> lanes) {
        Map<String, Lane> byName = new HashMap<String, Lane>();
        for (Lane lane : lanes) {
            byName.put(lane.name(), lane);
        }
        return new LaneRules(revision, Collections.unmodifiableMap(byName));
    }

    public static LaneRules current() {
        return current;
    }

    public static void replace(LaneRules rules) {
        current = rules;
    }

    /** The release-api lane revision these rules are, {@code -1} when none were loaded. */
    public long revision() {
        return revision;
    }

    /** The declared lane, or {@code null} for an undeclared one (which falls back and is not locked). */
    public Lane lane(String name) {
        return lanes.get(name);
    }

    public int size() {
        return lanes.size();
    }

    /** One lane's rules. */
    public static final class Lane {

        private final String name;
        private final boolean strict;
        private final Set<String> lockedServices;

        public Lane(String name, boolean strict, List<String> lockedServices) {
            this.name = name;
            this.strict = strict;
            this.lockedServices = Collections.unmodifiableSet(new HashSet<String>(lockedServices));
        }

        public String name() {
            return name;
        }

        /** No fallback to the baseline when the lane has no healthy instance of a service. */
        public boolean strict() {
            return strict;
        }

        /** Whether the lane's traffic may reach {@code service}: a locked lane only reaches the services it lists. */
        public boolean reaches(String service) {
            return lockedServices.isEmpty() || lockedServices.contains(service);
        }

        public Set<String> lockedServices() {
            return lockedServices;
        }
    }
}
