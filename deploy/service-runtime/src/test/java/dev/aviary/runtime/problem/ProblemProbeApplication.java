package dev.aviary.runtime.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service that fails in every way a client or a bug can make it fail. */
@SpringBootApplication
class ProblemProbeApplication {

    record Probe(@NotBlank String name, @Min(1) int size, List<String> tags) {}

    @RestController
    static class ProbeController {

        @PostMapping("/api/v1/probes")
        Probe create(@Valid @RequestBody Probe probe) {
            return probe;
        }

        @GetMapping("/api/v1/probes/broken")
        Probe broken() {
            throw new IllegalStateException("database password is hunter2");
        }
    }
}
