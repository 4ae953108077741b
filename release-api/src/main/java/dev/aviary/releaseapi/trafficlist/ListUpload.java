package dev.aviary.releaseapi.trafficlist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code PUT /api/v1/traffic-lists/{name}} as JSON: the entries of the new version. */
public record ListUpload(
        @Size(max = 500) String description,

        @NotNull @Size(max = PackedEntries.MAX_ENTRIES)
        List<@NotNull @Size(min = 1, max = PackedEntries.MAX_LENGTH) String> entries) {}
