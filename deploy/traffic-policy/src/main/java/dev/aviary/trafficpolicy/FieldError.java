package dev.aviary.trafficpolicy;

/** One validation error: {@code field} is a path such as {@code rules[2].when.all[0].versionRange}. */
public record FieldError(String field, String message) {}
