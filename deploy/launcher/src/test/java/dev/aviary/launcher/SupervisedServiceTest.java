package dev.aviary.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SupervisedServiceTest {

    @Test
    void backoffDoublesFromOneSecondUpToThirty() {
        assertThat(SupervisedService.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SupervisedService.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SupervisedService.backoff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(SupervisedService.backoff(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SupervisedService.backoff(40)).isEqualTo(Duration.ofSeconds(30));
    }
}
