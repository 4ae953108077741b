package dev.aviary.releaseapi.lanetoken;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LaneTokenController {

    private final LaneTokens tokens;

    LaneTokenController(LaneTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/lanes/{name}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    LaneToken issue(@PathVariable String name, @Valid @RequestBody(required = false) LaneTokenRequest request) {
        return tokens.issue(name, request);
    }
}
