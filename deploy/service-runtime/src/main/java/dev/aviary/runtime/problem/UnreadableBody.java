package dev.aviary.runtime.problem;

import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says precisely what was wrong with a request body that could not be read: which field is unknown
 * or has the wrong type, or that the body is not JSON at all.
 */
record UnreadableBody(String detail, List<FieldProblem> errors) {

    static UnreadableBody of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return withField(
                        "The request body has a field this API does not know.", unknown, "is not a known field");
            }
            if (cause instanceof MismatchedInputException mismatch
                    && !mismatch.getPath().isEmpty()) {
                return withField(
                        "The request body has a field of the wrong type.", mismatch, "has the wrong type or format");
            }
        }
        return new UnreadableBody("The request body is missing or is not valid JSON.", List.of());
    }

    private static UnreadableBody withField(String detail, JacksonException failure, String message) {
        return new UnreadableBody(detail, List.of(new FieldProblem(fieldPath(failure), message)));
    }

    static String fieldPath(JacksonException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
