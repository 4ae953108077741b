package dev.aviary.releaseapi.lane;

import dev.aviary.runtime.problem.ApiProblem;
import dev.aviary.runtime.security.Access;
import dev.aviary.runtime.security.Permission;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

@RestController
@RequestMapping("/api/v1/lanes")
class LaneController {

    private final Lanes lanes;
    private final LaneWatch watch;

    LaneController(Lanes lanes, LaneWatch watch) {
        this.lanes = lanes;
        this.watch = watch;
    }

    @GetMapping(params = "!after")
    ResponseEntity<LaneSnapshot> list() {
        return LaneWatch.response(lanes.list());
    }

    /** The long poll: answers once the revision is greater than {@code after}, else 304 at the timeout. */
    @GetMapping(params = "after")
    DeferredResult<ResponseEntity<?>> awaitChange(
            @RequestParam long after, @RequestParam(required = false) Integer timeoutSeconds) {
        Access.require(Permission.TRAFFIC_READ);
        if (after < 0) {
            throw ApiProblem.invalid("after", "must be a revision (0 or more)");
        }
        int seconds = timeoutSeconds == null ? 30 : timeoutSeconds;
        if (seconds < 1 || seconds > 60) {
            throw ApiProblem.invalid("timeoutSeconds", "must be between 1 and 60");
        }
        return watch.await(after, Duration.ofSeconds(seconds));
    }

    @GetMapping("/{name}")
    ResponseEntity<LaneView> get(@PathVariable String name) {
        LaneView lane = lanes.get(name);
        return ResponseEntity.ok().eTag("\"" + lane.version() + "\"").body(lane);
    }

    @PutMapping("/{name}")
    ResponseEntity<LaneView> put(
            @PathVariable String name,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody LaneRequest request) {
        Lanes.Put put = lanes.put(name, request, version(ifMatch));
        return ResponseEntity.status(put.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag("\"" + put.lane().version() + "\"")
                .body(put.lane());
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String name) {
        lanes.delete(name);
    }

    /** {@code "3"}, {@code W/"3"}, {@code 3} or {@code *} (any version); anything else never matches: 412. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        if (ifMatch.trim().equals("*")) {
            return Lanes.ANY_VERSION;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notAVersion) {
            return -1L;
        }
    }
}
