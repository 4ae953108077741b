package dev.aviary.trafficpolicy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy document failed validation; {@link #errors()} holds every problem found. */
public final class PolicyRejected extends Exception {

    private final List<FieldError> errors;

    public PolicyRejected(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
