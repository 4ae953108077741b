package dev.aviary.releaseapi.trafficlist;

import dev.aviary.runtime.problem.ApiProblem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;

/** A request body that may not exceed a number of bytes: 413 problem beyond it. */
final class LimitedInput extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new ApiProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "list-too-large",
                    "A text/plain list upload may have at most " + limit / (1024 * 1024) + " MiB.");
        }
    }
}
