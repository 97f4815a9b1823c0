package org.iiifgenerator.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SequencedMap;
import java.util.function.Consumer;
import org.iiifgenerator.storage.StoredFile;

/**
 * Where a collection's images come from: a local folder, or a prefix in a bucket. Files are made local one at
 * a time, just before they are tiled, and released right after, so a collection is never staged as a whole.
 */
public interface ImageSource {

    /**
     * Every file under the source's root, as '/'-separated keys relative to it, with its size in bytes (what
     * shards are balanced by) and version (what tells a rerun that a file changed).
     *
     * @param warnings what is found but cannot be listed as a file (a FIFO, a symbolic link that leads nowhere),
     *                 each named
     */
    SequencedMap<String, StoredFile> files(Consumer<String> warnings) throws IOException;

    /**
     * A local file with the content of a key, valid until {@link #release}d as many times as it was acquired.
     * Acquiring a key that is already local (several pages of one TIFF) does not fetch it again.
     */
    Path acquire(String key) throws IOException;

    void release(String key) throws IOException;

    /** A key as the user knows it, for messages and the report: a path or an s3:// URI. */
    String describe(String key);
}
