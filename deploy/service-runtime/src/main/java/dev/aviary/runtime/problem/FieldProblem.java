package dev.aviary.runtime.problem;

/** One entry of a problem's {@code errors}: which field of the request, and what is wrong with it. */
public record FieldProblem(String field, String message) {}
