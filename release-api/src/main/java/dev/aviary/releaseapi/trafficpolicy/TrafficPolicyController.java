package dev.aviary.releaseapi.trafficpolicy;

import dev.aviary.runtime.audit.AuditTrail;
import dev.aviary.runtime.problem.SortableBy;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/traffic-policies")
class TrafficPolicyController {

    /** Gateways are listed by name and versions newest first; no other order is offered. */
    private static final SortableBy UNSORTED = SortableBy.of();

    private final TrafficPolicies policies;

    TrafficPolicyController(TrafficPolicies policies) {
        this.policies = policies;
    }

    @GetMapping
    PagedModel<GatewaySummary> gateways(Pageable page) {
        return new PagedModel<>(policies.gateways(UNSORTED.check(page)));
    }

    @GetMapping("/{gateway}")
    PolicyVersionView current(@PathVariable String gateway) {
        return policies.current(gateway);
    }

    /** The body is read as a tree: the policy library validates it whole, with its own field paths. */
    @PutMapping("/{gateway}")
    PolicyVersionView put(@PathVariable String gateway, @RequestBody JsonNode body) {
        return policies.put(gateway, body);
    }

    @DeleteMapping("/{gateway}")
    PolicyVersionView emergencyStop(@PathVariable String gateway) {
        return policies.clear(gateway);
    }

    @GetMapping("/{gateway}/versions")
    PagedModel<PolicyVersionView> versions(@PathVariable String gateway, Pageable page) {
        return new PagedModel<>(policies.versions(gateway, UNSORTED.check(page)));
    }

    @GetMapping("/{gateway}/versions/{version}")
    PolicyVersionView version(@PathVariable String gateway, @PathVariable long version) {
        return policies.version(gateway, version);
    }

    @PostMapping("/{gateway}/rollback")
    PolicyVersionView rollback(@PathVariable String gateway, @Valid @RequestBody RollbackRequest request) {
        return policies.rollback(gateway, request);
    }

    @PostMapping("/{gateway}/evaluate")
    EvaluateResult evaluate(@PathVariable String gateway, @Valid @RequestBody EvaluateRequest request) {
        EvaluateResult result = policies.evaluate(gateway, request);
        AuditTrail.changesNothing();
        return result;
    }
}
