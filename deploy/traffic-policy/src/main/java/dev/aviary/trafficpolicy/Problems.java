package dev.aviary.trafficpolicy;

import java.util.ArrayList;
import java.util.List;

/** Collects validation errors so that one pass reports all of them. */
final class Problems {

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int count() {
        return errors.size();
    }

    void throwIfAny() throws PolicyRejected {
        if (!errors.isEmpty()) {
            throw new PolicyRejected(errors);
        }
    }
}
