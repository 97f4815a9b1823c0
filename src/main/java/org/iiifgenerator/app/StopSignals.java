package org.iiifgenerator.app;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.iiifgenerator.pipeline.RunStop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM (AWS Batch, ECS and docker stopping a container) and SIGINT (Ctrl-C) while a run or the container runs.
 * The JVM's own handling would begin its shutdown at once: Camel stops under the run, logging ends, and the run
 * goes on to its end unseen, to exit with the signal's code. Handled here instead, the first signal asks the
 * application to stop ({@link RunStop}: no page starts any more), and the process ends as soon as the run has
 * ended, interrupted, with exit code 3; at the latest {@code shutdown.timeout-seconds} after the signal, the pages
 * still in flight abandoned. A second signal ends the process at once.
 */
final class StopSignals implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");
    /** How long abandoned pages' scratch files get to be removed; the next run in the work area removes the rest. */
    private static final Duration CLEAN_UP = Duration.ofSeconds(2);

    private final Runnable whenRequested;
    private final CompletableFuture<RunStop> application = new CompletableFuture<>();
    private final AtomicInteger received = new AtomicInteger();
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopSignals(Runnable whenRequested) {
        this.whenRequested = whenRequested;
    }

    /**
     * Handles the signals until {@link #close()}.
     *
     * @param whenRequested what else a stop does (the long-lived container ends its main loop)
     */
    static StopSignals install(Runnable whenRequested) {
        StopSignals signals = new StopSignals(whenRequested);
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            signals.previous.put(signal, Signal.handle(signal, signals::received));
        }
        return signals;
    }

    /** The started application's stop; a signal that came before it was started applies now. */
    void attach(RunStop stop) {
        application.complete(stop);
    }

    private void received(Signal signal) {
        if (received.incrementAndGet() > 1) {
            LOG.warn("SIG{} again: stopping at once (exit code {})", signal.getName(), ExitCodes.BROKEN);
            abandon(application.getNow(null));
        }
        // Not on the signal's own thread, which the JVM needs for the second signal.
        Thread.ofPlatform().daemon().name("stop-" + signal.getName()).start(() -> stop(signal));
    }

    private void stop(Signal signal) {
        RunStop stop = application.join();
        LOG.warn("SIG{} received: stopping. No new page starts; the pages in flight get up to {} s "
                        + "(shutdown.timeout-seconds). Exit code {}: a rerun finishes the job", signal.getName(),
                stop.timeout().toSeconds(), ExitCodes.BROKEN);
        stop.request();
        whenRequested.run();
        try {
            Thread.sleep(stop.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.error("The pages in flight did not finish within {} s of SIG{}: abandoned, exit code {}",
                stop.timeout().toSeconds(), signal.getName(), ExitCodes.BROKEN);
        abandon(stop);
    }

    /** Ends the process around the pages in flight, which libvips cannot be made to give up. */
    private static void abandon(RunStop stop) {
        if (stop != null) {
            Thread cleanUp = Thread.ofPlatform().daemon().name("abandon").start(stop::abandon);
            try {
                cleanUp.join(CLEAN_UP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime.getRuntime().halt(ExitCodes.BROKEN);
    }

    /** The signals are handled as before again (a preview server after a demo run ends on Ctrl-C at once). */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
