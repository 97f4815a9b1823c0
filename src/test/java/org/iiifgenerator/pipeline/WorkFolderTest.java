package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs sharing one work area (two runs into one output folder) start and end at any moment without failing. */
class WorkFolderTest {

    @TempDir
    Path dir;

    @Test
    void runsStartingAndEndingTogetherInOneAreaDoNotFail() throws Exception {
        Path area = dir.resolve(".iiif-work");
        Callable<Integer> run = () -> {
            for (int i = 0; i < 400; i++) {
                try (WorkFolder folder = WorkFolder.create(area)) {
                    Files.writeString(folder.path().resolve("scratch"), "x");
                }
            }
            return 400;
        };
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> done : runs.invokeAll(List.of(run, run))) {
                assertThat(done.get()).isEqualTo(400);
            }
        } finally {
            runs.shutdownNow();
        }
        assertThat(area).as("the last run out removes the area").doesNotExist();
    }
}
