package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.collection.SourcePage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process is asked to stop (SIGTERM from AWS Batch or ECS, Ctrl-C): from then on no page starts, so the runs
 * end as soon as the pages in flight are published. Those get {@link #timeout()}; what is still running then is
 * abandoned, its work folder removed here.
 */
public final class RunStop {

    private static final Logger LOG = LoggerFactory.getLogger(RunStop.class);

    private final Duration timeout;
    private final Set<Run> open = ConcurrentHashMap.newKeySet();
    private volatile boolean requested;

    public RunStop(Duration timeout) {
        this.timeout = timeout;
    }

    /** How long the pages in flight get to finish once a stop is requested. */
    public Duration timeout() {
        return timeout;
    }

    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }

    /** A page that was still to start when the stop came: its run ends interrupted, and the next run tiles it. */
    public PageResult notStarted(@Body SourcePage page, @ExchangeProperty(Run.PROPERTY) Run run) {
        run.pageNotStarted();
        return new PageResult.NotStarted(page);
    }

    void opened(Run run) {
        open.add(run);
    }

    void closed(Run run) {
        open.remove(run);
    }

    /**
     * Removes the work folders of the runs still open, whose pages in flight are given up: libvips cannot be
     * interrupted in a call, so the process ends around them. Published files are whole or absent, as info.json
     * and the provenance record are published last.
     */
    public void abandon() {
        for (Run run : open) {
            try {
                run.closeWorkFolder();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not remove {}: {}; the next run removes it", run.workFolder(), e.getMessage());
            }
        }
    }
}
