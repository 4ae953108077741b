package dev.aviary.releaseapi.trafficlist;

import dev.aviary.releaseapi.lane.LaneRules;
import dev.aviary.releaseapi.lane.Lanes;
import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.problem.SortableBy;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.Permission;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Traffic lists: large {@code in} operands, uploaded apart from policies as immutable versions. */
@Service
public class TrafficLists {

    private static final SortableBy SORTABLE = SortableBy.of("name");

    private final TrafficListRepository lists;
    private final Lanes lanes;
    private final ObjectProvider<ListUsers> users;
    private final AuditTrail audit;
    private final Clock clock;

    TrafficLists(
            TrafficListRepository lists, Lanes lanes, ObjectProvider<ListUsers> users, AuditTrail audit, Clock clock) {
        this.lists = lists;
        this.lanes = lanes;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record Put(TrafficListView list, boolean created) {}

    @Transactional(readOnly = true)
    public Page<TrafficListView> list(Pageable page) {
        Access.require(Permission.TRAFFIC_READ);
        SORTABLE.check(page);
        Sort.Order order = page.getSort().getOrderFor("name");
        boolean descending = order != null && order.isDescending();
        return new PageImpl<>(lists.page(descending, page.getPageSize(), page.getOffset()), page, lists.count());
    }

    @Transactional(readOnly = true)
    public TrafficListView get(String name) {
        Access.require(Permission.TRAFFIC_READ);
        return existing(checkedName(name));
    }

    /** Checks the caller may upload before the body is read: a refused upload is not streamed. */
    public void requireManage(String name) {
        Access.require(Permission.TRAFFIC_MANAGE);
        checkedName(name);
    }

    @Transactional
    public Put put(String name, String description, PackedEntries entries) {
        AviaryPrincipal me = Access.require(Permission.TRAFFIC_MANAGE);
        checkedName(name);
        Instant now = clock.instant();
        lists.insertList(new TrafficListView(name, "", 0, 0, now, me.name(), now, me.name()));
        long current = lists.lockedCurrentVersion(name);
        TrafficListView before = current == 0 ? null : lists.find(name).orElseThrow();
        TrafficListView after = new TrafficListView(
                name,
                description != null ? description : before == null ? "" : before.description(),
                current + 1,
                entries.size(),
                before == null ? now : before.createdAt(),
                before == null ? me.name() : before.createdBy(),
                now,
                me.name());
        lists.addVersion(after, entries);
        audit.success(before == null ? "traffic-list.create" : "traffic-list.update", target(name), before, after);
        return new Put(after, before == null);
    }

    /** Where entries go once they are known to exist (so a 404 is still a problem response). */
    public interface Destination {
        OutputStream open() throws IOException;
    }

    /** Writes one version's entries as text/plain lines. */
    @Transactional(readOnly = true)
    public void writeEntries(String name, long version, Destination destination) throws IOException {
        Access.require(Permission.TRAFFIC_READ);
        PackedEntries entries = packed(checkedName(name), version);
        entries.writeTo(destination.open());
    }

    /** The entries a compiled policy matches against. */
    @Transactional(readOnly = true)
    public Collection<String> entries(String name, long version) {
        return packed(name, version).unpack();
    }

    /** The current version of each of the named lists that exists. */
    @Transactional(readOnly = true)
    public Map<String, Long> currentVersions(Collection<String> names) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String name : names) {
            lists.find(name).ifPresent(list -> versions.put(name, list.version()));
        }
        return versions;
    }

    @Transactional(readOnly = true)
    public boolean hasVersion(String name, long version) {
        return lists.versionExists(name, version);
    }

    @Transactional
    public void delete(String name) {
        Access.require(Permission.TRAFFIC_MANAGE);
        checkedName(name);
        lanes.lockTraffic();
        TrafficListView before = existing(name);
        List<String> using = users.stream()
                .flatMap(u -> u.gatewaysUsing(name).stream())
                .sorted()
                .toList();
        if (!using.isEmpty()) {
            ApiProblem inUse = ApiProblem.conflict(
                    "list-in-use",
                    "Traffic list " + name + " is used by the current policy of " + String.join(", ", using) + ".");
            inUse.getBody().setProperty("gateways", using);
            throw inUse;
        }
        lists.delete(name);
        audit.success("traffic-list.delete", target(name), before, null);
    }

    private PackedEntries packed(String name, long version) {
        return lists.entries(name, version)
                .orElseThrow(() -> ApiProblem.notFound("Traffic list " + name + " has no version " + version));
    }

    private TrafficListView existing(String name) {
        return lists.find(name).orElseThrow(() -> ApiProblem.notFound("No traffic list " + name));
    }

    private static String checkedName(String name) {
        if (name == null || !name.matches(LaneRules.NAME)) {
            throw ApiProblem.invalid(
                    "name", "must be 1-40 characters: lower-case letters, digits or '-', starting with a letter");
        }
        return name;
    }

    private static String target(String name) {
        return "traffic-list/" + name;
    }
}
