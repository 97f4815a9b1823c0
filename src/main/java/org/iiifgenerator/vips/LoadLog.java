package org.iiifgenerator.vips;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every file the binding asks libvips to load, from any thread, while the log is open: how a caller
 * (or a test) can tell that a source was decoded once and not again for its derived sizes. Costs nothing
 * while no log is open.
 */
public final class LoadLog implements AutoCloseable {

    private static final List<LoadLog> OPEN = new CopyOnWriteArrayList<>();

    private final Queue<Path> loads = new ConcurrentLinkedQueue<>();

    private LoadLog() {
    }

    public static LoadLog open() {
        LoadLog log = new LoadLog();
        OPEN.add(log);
        return log;
    }

    static void loading(Path file) {
        for (LoadLog log : OPEN) {
            log.loads.add(file);
        }
    }

    /** Every load so far, in order. */
    public List<Path> loads() {
        return List.copyOf(loads);
    }

    public long loadsOf(Path file) {
        return loads.stream().filter(file::equals).count();
    }

    @Override
    public void close() {
        OPEN.remove(this);
    }
}
