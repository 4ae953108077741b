package dev.aviary.releaseapi.trafficlist;

import dev.aviary.runtime.problem.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrafficListController {

    private final TrafficLists lists;

    TrafficListController(TrafficLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/v1/traffic-lists")
    PagedModel<TrafficListView> list(Pageable page) {
        return new PagedModel<>(lists.list(page));
    }

    @GetMapping("/api/v1/traffic-lists/{name}")
    TrafficListView get(@PathVariable String name) {
        return lists.get(name);
    }

    /** One entry per line, streamed: a million entries never sit in memory as a request body. */
    @PutMapping(path = "/api/v1/traffic-lists/{name}", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<TrafficListView> putText(
            @PathVariable String name, @RequestParam(required = false) String description, HttpServletRequest request)
            throws IOException {
        lists.requireManage(name);
        if (description != null && description.length() > 500) {
            throw ApiProblem.invalid("description", "size must be between 0 and 500");
        }
        PackedEntries entries = PackedEntries.fromText(request.getInputStream());
        return answer(lists.put(name, description, entries));
    }

    @PutMapping(path = "/api/v1/traffic-lists/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TrafficListView> putJson(@PathVariable String name, @Valid @RequestBody ListUpload upload) {
        lists.requireManage(name);
        return answer(lists.put(name, upload.description(), PackedEntries.of(upload.entries())));
    }

    @GetMapping(path = "/api/v1/traffic-lists/{name}/versions/{version}/entries")
    void entries(@PathVariable String name, @PathVariable long version, HttpServletResponse response)
            throws IOException {
        write(name, version, response);
    }

    /** The same entries for gray-gateways (internal token). */
    @GetMapping(path = "/internal/v1/traffic-lists/{name}/versions/{version}/entries")
    void internalEntries(@PathVariable String name, @PathVariable long version, HttpServletResponse response)
            throws IOException {
        write(name, version, response);
    }

    @DeleteMapping("/api/v1/traffic-lists/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String name) {
        lists.delete(name);
    }

    private void write(String name, long version, HttpServletResponse response) throws IOException {
        lists.writeEntries(name, version, () -> {
            response.setContentType("text/plain;charset=UTF-8");
            return response.getOutputStream();
        });
    }

    private static ResponseEntity<TrafficListView> answer(TrafficLists.Put put) {
        return ResponseEntity.status(put.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(put.list());
    }
}
