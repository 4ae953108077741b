package dev.aviary.releaseapi.trafficpolicy;

import dev.aviary.releaseapi.lane.Lanes;
import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.problem.FieldProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.AviaryPrincipal;
import dev.aviary.runtime.security.Permission;
import dev.aviary.trafficpolicy.CompiledPolicy;
import dev.aviary.trafficpolicy.LaneDecision;
import dev.aviary.trafficpolicy.SampleRequest;
import dev.aviary.trafficpolicy.TrafficPolicy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One traffic policy per gateway; every change (put, rollback, emergency stop) is a new immutable version,
 * validated whole and audited with the version before and after.
 */
@Service
public class TrafficPolicies {

    private static final Set<String> PUT_FIELDS = Set.of("rules", "comment");

    private final PolicyRepository policies;
    private final PolicyCheck check;
    private final CompiledPolicies compiled;
    private final Lanes lanes;
    private final ObjectProvider<GatewayReplicas> replicas;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    TrafficPolicies(
            PolicyRepository policies,
            PolicyCheck check,
            CompiledPolicies compiled,
            Lanes lanes,
            ObjectProvider<GatewayReplicas> replicas,
            ApplicationEventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.policies = policies;
        this.check = check;
        this.compiled = compiled;
        this.lanes = lanes;
        this.replicas = replicas;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<GatewaySummary> gateways(Pageable page) {
        Access.require(Permission.TRAFFIC_READ);
        GatewayReplicas seen = replicas.getIfAvailable(() -> gateway -> 0);
        List<GatewaySummary> content = policies.heads(page.getPageSize(), page.getOffset()).stream()
                .map(h -> new GatewaySummary(
                        h.gateway(),
                        h.version(),
                        h.rules(),
                        h.updatedAt(),
                        h.updatedBy(),
                        seen.recentlySeen(h.gateway())))
                .toList();
        return new PageImpl<>(content, page, policies.countGateways());
    }

    @Transactional(readOnly = true)
    public PolicyVersionView current(String gateway) {
        Access.require(Permission.TRAFFIC_READ);
        return policies.current(GatewayNames.checked(gateway))
                .orElseThrow(() -> ApiProblem.notFound("Gateway " + gateway + " has no traffic policy yet"));
    }

    @Transactional(readOnly = true)
    public Page<PolicyVersionView> versions(String gateway, Pageable page) {
        current(gateway);
        return new PageImpl<>(
                policies.versions(gateway, page.getPageSize(), page.getOffset()),
                page,
                policies.countVersions(gateway));
    }

    @Transactional(readOnly = true)
    public PolicyVersionView version(String gateway, long version) {
        Access.require(Permission.TRAFFIC_READ);
        return existing(GatewayNames.checked(gateway), version);
    }

    /** {@code {"rules": [...], "comment": "..."}}, validated whole; nothing changes when it is refused. */
    @Transactional
    public PolicyVersionView put(String gateway, JsonNode body) {
        AviaryPrincipal me = Access.require(Permission.TRAFFIC_MANAGE);
        GatewayNames.checked(gateway);
        if (body == null || !body.isObject()) {
            throw ApiProblem.invalid("rules", "the body must be an object {\"rules\": [...]}");
        }
        String comment = comment(body.get("comment"));
        lanes.lockTraffic();
        CheckedPolicy policy = check.check(body, PUT_FIELDS);
        return write(me, gateway, policy, "put", comment);
    }

    /** A new version with version N's rules, checked against today's lanes and lists. */
    @Transactional
    public PolicyVersionView rollback(String gateway, RollbackRequest request) {
        AviaryPrincipal me = Access.require(Permission.TRAFFIC_MANAGE);
        GatewayNames.checked(gateway);
        lanes.lockTraffic();
        PolicyVersionView target = existing(gateway, request.version());
        CheckedPolicy policy = check.check(CompiledPolicies.document(target.rules()), Set.of("rules"));
        String comment = request.comment() != null ? request.comment() : "rollback to version " + request.version();
        return write(me, gateway, policy, "rollback", comment);
    }

    /** The emergency stop: a new version with no rules, so every request goes to the baseline. */
    @Transactional
    public PolicyVersionView clear(String gateway) {
        AviaryPrincipal me = Access.require(Permission.TRAFFIC_MANAGE);
        GatewayNames.checked(gateway);
        lanes.lockTraffic();
        CheckedPolicy empty =
                new CheckedPolicy(TrafficPolicy.EMPTY, JsonNodeFactory.instance.arrayNode(), Set.of(), Set.of());
        return write(me, gateway, empty, "clear", "emergency stop");
    }

    /** Which lane a sample request would take, under the current version or draft rules. Sends nothing. */
    @Transactional(readOnly = true)
    public EvaluateResult evaluate(String gateway, EvaluateRequest request) {
        Access.require(Permission.TRAFFIC_READ);
        GatewayNames.checked(gateway);
        SampleRequest sample = sample(request);
        if (request.rules() != null && !request.rules().isNull()) {
            CheckedPolicy draft = check.check(CompiledPolicies.document(request.rules()), Set.of("rules"));
            return result(compiled.compile(draft.policy()).evaluate(sample), null);
        }
        return policies.current(gateway)
                .map(current -> result(compiled.of(current).evaluate(sample), current.version()))
                .orElseGet(() -> result(CompiledPolicy.EMPTY.evaluate(sample), 0L));
    }

    /** What the gateway feed sends: the current version, or version 0 with no rules. */
    @Transactional(readOnly = true)
    public FeedPolicy feedPolicy(String gateway) {
        return policies.current(gateway)
                .map(p -> new FeedPolicy(p.version(), p.rules()))
                .orElseGet(() -> new FeedPolicy(0, JsonNodeFactory.instance.arrayNode()));
    }

    /** Every gateway's current version (the feed watches these). */
    @Transactional(readOnly = true)
    public Map<String, Long> currentVersions() {
        return policies.currentVersions();
    }

    private PolicyVersionView write(
            AviaryPrincipal me, String gateway, CheckedPolicy policy, String action, String comment) {
        PolicyVersionView before = policies.current(gateway).orElse(null);
        PolicyVersionView after = new PolicyVersionView(
                gateway,
                before == null ? 1 : before.version() + 1,
                policy.rules(),
                action,
                comment,
                clock.instant(),
                me.name());
        policies.insert(new PolicyRepository.NewVersion(after, policy.rules().size(), policy.lanes(), policy.lists()));
        events.publishEvent(new PolicyChanged(gateway, after.version()));
        audit.success("traffic-policy." + action, "traffic-policy/" + gateway, before, after);
        return after;
    }

    private static String comment(JsonNode comment) {
        if (comment == null || comment.isNull()) {
            return null;
        }
        if (!comment.isString() || comment.asString().length() > 500) {
            throw ApiProblem.invalid("comment", "must be a string of at most 500 characters");
        }
        return comment.asString();
    }

    private static SampleRequest sample(EvaluateRequest request) {
        try {
            return new SampleRequest(
                    request.headers(),
                    request.cookies(),
                    request.query(),
                    request.clientIp(),
                    request.path() == null ? "/" : request.path());
        } catch (IllegalArgumentException badAddress) {
            throw ApiProblem.invalid(List.of(new FieldProblem("clientIp", "must be an IPv4 or IPv6 address")));
        }
    }

    private static EvaluateResult result(LaneDecision decision, Long version) {
        return new EvaluateResult(decision.lane(), decision.rule(), version);
    }

    private PolicyVersionView existing(String gateway, long version) {
        return policies.version(gateway, version)
                .orElseThrow(() -> ApiProblem.notFound("Gateway " + gateway + " has no policy version " + version));
    }
}
