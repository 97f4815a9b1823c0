package org.iiifgenerator.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The long-lived container's liveness: a timer route touches a file while the application runs, and
 * {@code iiif-generator health} (the image's HEALTHCHECK, a process of its own) checks that it is recent.
 */
public final class Heartbeat {

    private final Path file;

    /** @param configured the file ({@code health.heartbeat-file}); blank for the default in the temp folder */
    public Heartbeat(String configured) {
        this.file = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "iiif-generator.heartbeat") : Path.of(configured);
    }

    public Path file() {
        return file;
    }

    public void beat() throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file);
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    }

    /** How long ago the last beat was; empty when there has been none. */
    public Optional<Duration> age() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(Files.getLastModifiedTime(file).toInstant(), Instant.now()));
    }
}
