package org.iiifgenerator.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Looks at something again and again, on a thread of its own, while a test's run goes on, until stopped: for
 * bounds that only show while the run is under way (pages tiling at once, the work folder's size).
 */
public abstract class BackgroundSampler {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;

    /** Starts the sampler on a daemon thread; returns it. */
    public static <S extends BackgroundSampler> S start(S sampler) {
        ((BackgroundSampler) sampler).begin();
        return sampler;
    }

    private void begin() {
        thread = Thread.ofPlatform().daemon().start(this::sampleUntilStopped);
    }

    /** Stops sampling and waits for the last look to end, so what it saw is complete. */
    public final void stop() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    /** One look. */
    protected abstract void sample() throws InterruptedException;

    private void sampleUntilStopped() {
        try {
            while (running.get()) {
                sample();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
