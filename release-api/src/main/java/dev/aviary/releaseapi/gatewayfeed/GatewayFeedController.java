package dev.aviary.releaseapi.gatewayfeed;

import dev.aviary.releaseapi.trafficpolicy.GatewayNames;
import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.Permission;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** What gray-gateways call with the internal token, and the stats they report as the API shows them. */
@RestController
class GatewayFeedController {

    private final FeedWatch watch;
    private final GatewayFeed feed;
    private final ReplicaSightings replicas;
    private final TrafficStats stats;

    GatewayFeedController(FeedWatch watch, GatewayFeed feed, ReplicaSightings replicas, TrafficStats stats) {
        this.watch = watch;
        this.feed = feed;
        this.replicas = replicas;
        this.stats = stats;
    }

    @GetMapping("/internal/v1/gateways/{gateway}/feed")
    DeferredResult<ResponseEntity<?>> feed(
            @PathVariable String gateway,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String replica,
            @RequestParam(required = false) Long applied,
            @RequestParam(required = false) Integer timeoutSeconds) {
        GatewayNames.checked(gateway);
        int seconds = timeoutSeconds == null ? 30 : timeoutSeconds;
        if (seconds < 1 || seconds > 60) {
            throw ApiProblem.invalid("timeoutSeconds", "must be between 1 and 60");
        }
        if (replica != null) {
            if (replica.isBlank() || replica.length() > 200) {
                throw ApiProblem.invalid("replica", "must be 1-200 characters");
            }
            replicas.seen(gateway, replica, applied);
        }
        if (after == null) {
            DeferredResult<ResponseEntity<?>> now = new DeferredResult<>();
            now.setResult(ResponseEntity.ok(feed.answer(gateway)));
            return now;
        }
        return watch.await(gateway, FeedCursor.parse(after), Duration.ofSeconds(seconds));
    }

    @PostMapping("/internal/v1/gateways/{gateway}/stats")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void report(@PathVariable String gateway, @Valid @RequestBody StatsReport report) {
        stats.record(GatewayNames.checked(gateway), report);
    }

    @GetMapping("/api/v1/traffic-policies/{gateway}/stats")
    StatsView stats(@PathVariable String gateway) {
        Access.require(Permission.TRAFFIC_READ);
        GatewayNames.checked(gateway);
        return stats.summary(gateway, replicas.recent(gateway));
    }
}
