package dev.aviary.releaseapi.trafficlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aviary.runtime.problem.ApiProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackedEntriesTest {

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesAreStrippedBlankOnesIgnoredAndTheOrderKept() throws Exception {
        PackedEntries packed = PackedEntries.fromText(text(" 1001 \r\n\n\t\n1002\nü-1003"));

        assertThat(packed.size()).isEqualTo(3);
        assertThat(packed.unpack()).containsExactly("1001", "1002", "ü-1003");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packed.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1001\n1002\nü-1003\n");
    }

    @Test
    void anEmptyUploadIsAnEmptyVersion() throws Exception {
        PackedEntries packed = PackedEntries.fromText(text("\n\n"));

        assertThat(packed.size()).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packed.writeTo(out);
        assertThat(out.size()).isZero();
    }

    @Test
    void aBodyBeyondItsLimitIsA413() {
        InputStream limited = new LimitedInput(text("01234567890"), 10);

        assertThatThrownBy(() -> limited.readAllBytes())
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        problem -> assertThat(problem.getStatusCode().value()).isEqualTo(413));
    }
}
