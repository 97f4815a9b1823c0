package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.iiifgenerator.testsupport.BackgroundSampler;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.tiling.ImageTiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --parallel-images} bounds the pages being tiled at once across all objects, as memory and the work folder
 * are sized by it: objects in flight wait for a tiling thread rather than tile their pages on their own thread.
 */
class ParallelImagesBoundTest {

    @TempDir
    Path dir;

    @Test
    void objectsInFlightTileNoMorePagesAtOnceThanParallelImages() throws InterruptedException {
        Path images = dir.resolve("images");
        for (String object : new String[] {"a", "b", "c", "d"}) {
            for (int page = 1; page <= 3; page++) {
                TestImages.image(images.resolve(object + "/p" + page + ".jpg"), 1800, 1200, page);
            }
        }
        TilingSampler sampler = TilingSampler.start();

        int code = IiifGenerator.commandLine().execute("local", "--images", images.toString(), "--out",
                dir.resolve("out").toString(), "--parallel-images", "1", "--parallel-objects", "3");

        sampler.stop();
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(sampler.samples()).as("the run was watched while it tiled").isPositive();
        assertThat(sampler.mostAtOnce()).as("pages tiling at once").isEqualTo(1);
    }

    /** Counts, every few milliseconds, the threads inside {@link ImageTiler}'s tile. */
    private static final class TilingSampler extends BackgroundSampler {

        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger samples = new AtomicInteger();

        static TilingSampler start() {
            return BackgroundSampler.start(new TilingSampler());
        }

        int mostAtOnce() {
            return mostAtOnce.get();
        }

        int samples() {
            return samples.get();
        }

        @Override
        protected void sample() throws InterruptedException {
            long tiling = Thread.getAllStackTraces().values().stream()
                    .filter(stack -> Arrays.stream(stack).anyMatch(frame -> frame.getClassName()
                            .equals(ImageTiler.class.getName()) && frame.getMethodName().equals("tile")))
                    .count();
            if (tiling > 0) {
                samples.incrementAndGet();
            }
            mostAtOnce.accumulateAndGet((int) tiling, Math::max);
            Thread.sleep(2);
        }
    }
}
