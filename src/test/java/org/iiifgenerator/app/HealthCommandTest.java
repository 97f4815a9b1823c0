package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image's HEALTHCHECK: alive while the heartbeat is recent. */
class HealthCommandTest {

    @TempDir
    Path dir;

    @Test
    void aliveOnlyWhileTheHeartbeatIsRecent() throws Exception {
        Path file = dir.resolve("heartbeat");
        assertThat(health(file)).as("no heartbeat yet").isEqualTo(ExitCodes.FAILURES);

        new Heartbeat(file.toString()).beat();
        assertThat(health(file)).isEqualTo(ExitCodes.OK);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(120)));
        assertThat(health(file)).as("two minutes old").isEqualTo(ExitCodes.FAILURES);
    }

    private static int health(Path file) {
        return IiifGenerator.commandLine().execute("health", "--heartbeat-file", file.toString(),
                "--max-age-seconds", "60");
    }
}
