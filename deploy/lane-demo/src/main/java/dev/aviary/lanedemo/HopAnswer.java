package dev.aviary.lanedemo;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What this hop reports about the next one: the next hop's own answer, or why it could not be had. */
final class HopAnswer {

    private final boolean ok;
    private final String text;

    private HopAnswer(boolean ok, String text) {
        this.ok = ok;
        this.text = text;
    }

    /** The next hop answered {@code status} with {@code body}. */
    static HopAnswer of(String service, String address, int status, String body) {
        String line = oneLine(body);
        if (status == 200) {
            return new HopAnswer(true, line);
        }
        if (status == 502 && line.contains(" > ")) {
            // A demo hop further down failed and said where: pass its chain on as it is.
            return new HopAnswer(false, line);
        }
        return unreachable(service, "HTTP " + status + " from " + address + (line.isEmpty() ? "" : ": " + line));
    }

    static HopAnswer unreachable(String service, String why) {
        return new HopAnswer(false, "call to " + service + " failed: " + oneLine(why));
    }

    /** The call failed with {@code failure}; its message is kept (the mesh agent's refusals explain the lane). */
    static HopAnswer unreachable(String service, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        // java.net.http reports a refused connection as a ConnectException without a message of its own.
        for (Throwable inner = cause.getCause(); message == null && inner != null; inner = inner.getCause()) {
            message = inner.getMessage();
        }
        return unreachable(service, cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    boolean ok() {
        return ok;
    }

    String text() {
        return text;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
