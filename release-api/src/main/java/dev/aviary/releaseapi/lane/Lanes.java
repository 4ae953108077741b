package dev.aviary.releaseapi.lane;

import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The platform's lanes: every change bumps the lane revision that gateways and agents long-poll. */
@Service
public class Lanes {

    private final LaneRepository lanes;
    private final ObjectProvider<LaneUsers> users;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Lanes(
            LaneRepository lanes,
            ObjectProvider<LaneUsers> users,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.lanes = lanes;
        this.users = users;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code If-Match: *}: the lane must exist, at whatever version. */
    public static final long ANY_VERSION = Long.MIN_VALUE;

    public record Put(LaneView lane, boolean created) {}

    /** The revision first, then the lanes, in one snapshot: never lanes older than their revision. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LaneSnapshot snapshot() {
        long revision = lanes.revision();
        return new LaneSnapshot(revision, lanes.findAll());
    }

    @Transactional(readOnly = true)
    public LaneSnapshot list() {
        Access.require(Permission.TRAFFIC_READ);
        return snapshot();
    }

    @Transactional(readOnly = true)
    public long revision() {
        return lanes.revision();
    }

    @Transactional(readOnly = true)
    public LaneView get(String name) {
        Access.require(Permission.TRAFFIC_READ);
        return existing(LaneRules.checkedName(name));
    }

    /** Of the given names, those that are not declared lanes, in the order given. */
    @Transactional(readOnly = true)
    public List<String> undeclared(Set<String> names) {
        Set<String> unknown = new LinkedHashSet<>(names);
        lanes.existing(new ArrayList<>(names)).forEach(unknown::remove);
        return List.copyOf(unknown);
    }

    /**
     * Locks the traffic configuration (lanes, and who uses them) until the caller's transaction ends,
     * so a check such as "is this lane declared?" stays true until it commits.
     */
    @Transactional
    public void lockTraffic() {
        lanes.lockRevision();
    }

    @Transactional
    public Put put(String name, LaneRequest request, Long ifMatch) {
        AviaryPrincipal me = Access.require(Permission.TRAFFIC_MANAGE);
        LaneRules.checkedName(name);
        lanes.lockRevision();
        LaneView before = lanes.find(name).orElse(null);
        if (ifMatch != null && (before == null || (ifMatch != ANY_VERSION && before.version() != ifMatch))) {
            throw new ApiProblem(
                    HttpStatus.PRECONDITION_FAILED,
                    "lane-changed",
                    "Lane " + name + " is no longer at version " + ifMatch + "; read it again.");
        }
        Instant now = clock.instant();
        LaneView after = new LaneView(
                name,
                request.description() == null ? "" : request.description(),
                Boolean.TRUE.equals(request.strict()),
                request.lockedServices() == null
                        ? List.of()
                        : List.copyOf(new LinkedHashSet<>(request.lockedServices())),
                before == null ? 1 : before.version() + 1,
                before == null ? now : before.createdAt(),
                before == null ? me.name() : before.createdBy(),
                now,
                me.name());
        lanes.save(after);
        changed();
        audit.success(before == null ? "lane.create" : "lane.update", "lane/" + name, before, after);
        return new Put(after, before == null);
    }

    @Transactional
    public void delete(String name) {
        Access.require(Permission.TRAFFIC_MANAGE);
        LaneRules.checkedName(name);
        lanes.lockRevision();
        LaneView before = existing(name);
        List<String> routing = users.stream()
                .flatMap(u -> u.gatewaysRoutingTo(name).stream())
                .sorted()
                .toList();
        if (!routing.isEmpty()) {
            ApiProblem inUse = ApiProblem.conflict(
                    "lane-in-use",
                    "Lane " + name + " is still routed to by the current policy of " + String.join(", ", routing)
                            + ".");
            inUse.getBody().setProperty("gateways", routing);
            throw inUse;
        }
        lanes.delete(name);
        changed();
        audit.success("lane.delete", "lane/" + name, before, null);
    }

    private void changed() {
        events.publishEvent(new LanesChanged(lanes.bumpRevision()));
    }

    private LaneView existing(String name) {
        return lanes.find(name).orElseThrow(() -> ApiProblem.notFound("No lane " + name));
    }
}
