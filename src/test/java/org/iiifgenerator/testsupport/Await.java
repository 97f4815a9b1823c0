package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what a long-lived container does in the background. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} until it holds; fails, naming {@code what}, after a minute. */
    public static void until(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
