package org.iiifgenerator.report;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line per finished image with its position (i/N) and an estimate of the time left. */
public final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final int total;
    private final long started = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();

    public Progress(int total) {
        this.total = total;
    }

    public void imageDone(String what, String outcome) {
        int finished = done.incrementAndGet();
        long elapsed = System.nanoTime() - started;
        long remaining = finished >= total ? 0 : elapsed / finished * (total - finished);
        LOG.info("image {}/{} {}: {} (ETA {})", finished, total, what, outcome, format(Duration.ofNanos(remaining)));
    }

    /** Pages not finished yet. */
    public int remaining() {
        return Math.max(0, total - done.get());
    }

    static String format(Duration duration) {
        long seconds = Math.round(duration.toMillis() / 1000.0);
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
