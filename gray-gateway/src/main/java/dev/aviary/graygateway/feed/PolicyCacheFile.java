package dev.aviary.graygateway.feed;

import dev.aviary.trafficpolicy.ListReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The last good feed answer and the list versions it pins, on disk: {@code {"feed": {...}, "lists": [{"name",
 * "version", "entries"}]}}. Written to a temporary file and moved into place, so a crash mid-write leaves the
 * previous file whole.
 */
final class PolicyCacheFile {

    /** A cache file's content. */
    record Cached(FeedAnswer answer, TrafficLists lists) {}

    private final Path file;
    private final JsonMapper json;

    PolicyCacheFile(Path file, JsonMapper json) {
        this.file = file;
        this.json = json;
    }

    Path path() {
        return file;
    }

    void write(FeedAnswer answer, List<ListReference> references, TrafficLists lists) throws IOException {
        ObjectNode document = json.createObjectNode();
        document.set("feed", answer.raw());
        ArrayNode listNodes = document.putArray("lists");
        for (ListReference reference : references) {
            ObjectNode list = listNodes.addObject();
            list.put("name", reference.name());
            list.put("version", reference.version());
            ArrayNode entries = list.putArray("entries");
            lists.entries(reference.name(), reference.version()).forEach(entries::add);
        }
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            json.writeValue(temporary.toFile(), document);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The cached feed answer, or empty when there is no file; a damaged file is an exception. */
    Optional<Cached> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode document = json.readTree(file.toFile());
        TrafficLists lists = new TrafficLists();
        for (JsonNode list : document.path("lists")) {
            List<String> entries = new ArrayList<>();
            list.path("entries").forEach(entry -> entries.add(entry.asString()));
            lists.put(list.path("name").asString(), list.path("version").asLong(), entries);
        }
        return Optional.of(new Cached(FeedAnswer.of(document.path("feed")), lists));
    }
}
