package dev.aviary.graygateway.edge;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/system")
@ConditionalOnProperty(name = "aviary.edge.enabled", matchIfMissing = true)
class SystemHealthController {

    private final SystemHealthProbe probe;

    SystemHealthController(SystemHealthProbe probe) {
        this.probe = probe;
    }

    @GetMapping("/health")
    @Operation(summary = "The status of every platform service, as the edge sees it now")
    Mono<SystemHealth> health() {
        return probe.check();
    }
}
