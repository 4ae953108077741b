package dev.aviary.lanedemo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class HopAnswerTest {

    @Test
    void passesOnTheChainOfAHopFurtherDownThatFailed() {
        HopAnswer answer =
                HopAnswer.of("demo-b", "127.0.0.1:1", 502, "demo-b@v2[-] > call to demo-c failed: no healthy instance");

        assertThat(answer.ok()).isFalse();
        assertThat(answer.text()).isEqualTo("demo-b@v2[-] > call to demo-c failed: no healthy instance");
    }

    @Test
    void namesTheHopAndStatusOfAnyOtherHttpError() {
        HopAnswer answer = HopAnswer.of("demo-b", "127.0.0.1:8081", 404, "Not Found\n  here\n");

        assertThat(answer.ok()).isFalse();
        assertThat(answer.text()).isEqualTo("call to demo-b failed: HTTP 404 from 127.0.0.1:8081: Not Found here");
    }

    @Test
    void keepsTheMessageOfTheFailureOrOfItsCause() {
        IllegalStateException refused = new IllegalStateException("lane 'gray' is strict and has no healthy instance");
        ConnectException bare = new ConnectException();
        bare.initCause(new ConnectException("Connection refused"));

        assertThat(HopAnswer.unreachable("demo-c", new CompletionException(refused))
                        .text())
                .isEqualTo("call to demo-c failed: IllegalStateException: lane 'gray' is strict and has no healthy"
                        + " instance");
        assertThat(HopAnswer.unreachable("demo-c", bare).text())
                .isEqualTo("call to demo-c failed: ConnectException: Connection refused");
    }
}
