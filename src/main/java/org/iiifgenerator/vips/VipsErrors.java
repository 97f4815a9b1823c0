package org.iiifgenerator.vips;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs the libvips calls that can fail and gives each failure its own error text, and only its own.
 *
 * <p>libvips 8.14 has ONE error buffer for the whole process and nothing per thread: every message, from any
 * thread (libvips' own workers too, while a pipeline renders), is appended to it, and it is only emptied when
 * someone takes it. Some calls also leave text behind when they succeed (the HEIF/AVIF loader's "bad seek"
 * on every open). So the text in the buffer when a call fails is the failure's own only if no other call ran
 * meanwhile and the buffer was empty when it started. That is what this class tracks:
 * <ul>
 *   <li>Every call that can write to the buffer runs through {@link #repeatable} or {@link #rendering}, which
 *       register it as running (under the read lock of {@link #ALONE}) for as long as it runs, libvips' worker
 *       threads included (they have all finished when the call returns).</li>
 *   <li>A call that starts while no other call runs empties the buffer first: whatever is there was left by calls
 *       that are over (a failed call takes its text before it stops counting as running), so it is nobody's.</li>
 *   <li>A call that starts while others run marks them all, and itself, as overlapped.</li>
 *   <li>A call that fails without having been overlapped takes the buffer: everything in it was written after it
 *       started, by the only call running, so it is all its own.</li>
 *   <li>An overlapped call that fails takes nothing (the text may be anyone's) and asks again alone: it takes the
 *       write lock of {@link #ALONE}, which waits for running calls to end and holds new ones back, so what it runs
 *       then is necessarily not overlapped. A call that only reads a header or builds a pipeline is repeated as it
 *       was ({@link #repeatable}; if it succeeds alone, its result is used). A call that renders pixels cannot be
 *       repeated on a pipeline it has half consumed, so its image's source is opened and decoded again alone, the
 *       part of rendering where broken files fail ({@link #rendering}).</li>
 * </ul>
 * Unrefs are tracked too ({@link VipsImage}): a loader's last unref closes its file, and a decoder may report
 * then, from whichever thread drops it (the cleaner's included). Calls outside this class (header getters, ref)
 * write no error text: taking the buffer after every
 * step of tiling JPEG, PNG, TIFF, WebP, GIF, JPEG 2000, PDF, HEIC and AVIF pages found text only after HEIF opens
 * (and metadata fields are asked for by type first, see {@link LibVips#intField}). When libvips fails without a
 * word (a 0x0 PNG), the reason is this class's own sentence, never an empty one or another image's.
 *
 * <p>Cost: nothing when nothing fails, besides a lock taken per call (calls are whole operations, not pixels).
 * A failure at the same moment as other work waits for the calls then running to end and holds others back
 * while it repeats its header read (milliseconds), or decodes its source again (a truncated 12-megapixel JPEG:
 * about 0.1 s).
 */
final class VipsErrors {

    /** The reason of a failure to read a file about which libvips says nothing. */
    static final String NO_REASON = "libvips could not read the image and gives no reason: the file may be empty, "
            + "or its header corrupt";
    /** The reason of a failure while rendering about which libvips says nothing. */
    static final String NO_RENDER_REASON = "libvips failed and gives no reason";
    /** The reason of a render failure whose text is not known to be its own, and whose source tells nothing. */
    static final String REASON_NOT_KNOWN = "libvips failed while other images were worked on, and its reason could "
            + "not be told apart from theirs";

    /** Read lock: a call is running. Write lock: one call runs with no other. */
    private static final ReentrantReadWriteLock ALONE = new ReentrantReadWriteLock();
    /** The calls running now; also the lock around the error buffer. */
    private static final Set<Call> RUNNING = new HashSet<>();

    private VipsErrors() {
    }

    /** One call while it runs; overlapped once another call has run at the same time. */
    private static final class Call {
        private boolean overlapped;
    }

    /** What a call gave, whether that means failure, and its error text if certainly its own (else null). */
    private record Attempt<T>(T result, boolean failed, String ownText) {
    }

    /**
     * Runs a libvips call that reads a header or builds a pipeline (so it can run again without harm) and returns
     * its result, or throws a {@link VipsException} with its own text.
     *
     * @param failed tells a failed result (NULL, non-zero status) from a good one
     */
    static <T> T repeatable(Path file, String operation, Supplier<T> call, Predicate<T> failed) {
        Attempt<T> attempt = attempt(call, failed);
        if (attempt.failed() && attempt.ownText() == null) {
            attempt = alone(() -> attempt(call, failed));
        }
        if (!attempt.failed()) {
            return attempt.result();
        }
        throw new VipsException(file, operation, attempt.ownText().isEmpty() ? NO_REASON : attempt.ownText());
    }

    /**
     * Runs a libvips call that renders pixels and returns its result, or throws a {@link VipsException} with its
     * own text.
     *
     * @param sourceFailure run alone when the call's own text is unknown: decodes the image's source again and
     *                      answers libvips' text if that fails, "" if it decodes, null if there is no source
     */
    static <T> T rendering(Path file, String operation, Supplier<T> call, Predicate<T> failed,
                           Supplier<String> sourceFailure) {
        Attempt<T> attempt = attempt(call, failed);
        if (!attempt.failed()) {
            return attempt.result();
        }
        String text = attempt.ownText();
        if (text == null) {
            String decoding = alone(sourceFailure);
            text = decoding == null ? REASON_NOT_KNOWN
                    : decoding.isEmpty() ? REASON_NOT_KNOWN + "; the source decodes without error on its own" : decoding;
        }
        throw new VipsException(file, operation, text.isEmpty() ? NO_RENDER_REASON : text);
    }

    /** Why vips_init failed: nothing else can have run before it. */
    static String startFailure() {
        synchronized (RUNNING) {
            String text = takeBuffer();
            return text.isEmpty() ? "libvips did not start and gives no reason" : text;
        }
    }

    /**
     * Runs native work that cannot fail as a call but may leave text in the buffer (lcms judging a profile reports
     * its complaints through libvips): tracked like a call, so that a failure at the same moment asks again alone
     * and the text left here is emptied by the next call that starts alone, never given to a failure.
     */
    static <T> T tracked(Supplier<T> work) {
        return attempt(work, result -> false).result();
    }

    /** Runs {@code work} while no other libvips call runs. */
    static <T> T alone(Supplier<T> work) {
        ALONE.writeLock().lock();
        try {
            return work.get();
        } finally {
            ALONE.writeLock().unlock();
        }
    }

    private static <T> Attempt<T> attempt(Supplier<T> call, Predicate<T> failed) {
        Call running = new Call();
        ALONE.readLock().lock();
        try {
            start(running);
            boolean stopped = false;
            try {
                T result = call.get();
                boolean failure = failed.test(result);
                String text = stop(running, failure);
                stopped = true;
                return new Attempt<>(result, failure, text);
            } finally {
                if (!stopped) {
                    stop(running, false);
                }
            }
        } finally {
            ALONE.readLock().unlock();
        }
    }

    private static void start(Call call) {
        synchronized (RUNNING) {
            if (RUNNING.isEmpty()) {
                takeBuffer();
            } else {
                call.overlapped = true;
                RUNNING.forEach(other -> other.overlapped = true);
            }
            RUNNING.add(call);
        }
    }

    /** Ends a call; answers the buffer's text if the call failed and no other ran meanwhile, else null. */
    private static String stop(Call call, boolean failed) {
        synchronized (RUNNING) {
            RUNNING.remove(call);
            return failed && !call.overlapped ? takeBuffer() : null;
        }
    }

    /** Removes and returns the pending libvips error text ("" if none). */
    private static String takeBuffer() {
        MemorySegment copy = LibVips.errorBufferCopy();
        try {
            String text = NativeCall.readString(copy);
            return text == null ? "" : text.trim();
        } finally {
            LibVips.gFree(copy);
        }
    }
}
