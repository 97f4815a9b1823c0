package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a collection is published: a local folder now, an S3 bucket later. Keys are '/'-separated relative
 * paths; implementations decide how a key maps to a file or an object.
 */
public interface Storage {

    /** Publishes bytes under a key, replacing what was there; readers never see a half-written object. */
    void put(String key, byte[] content, String contentType) throws IOException;

    /**
     * Publishes a local file under a key. The local file is consumed: implementations may move it instead of
     * copying, so callers must not use it afterwards.
     */
    void putFile(String key, Path file, String contentType) throws IOException;

    boolean exists(String key) throws IOException;

    /** Every key under a prefix, in lexical order. */
    List<String> list(String prefix) throws IOException;

    byte[] read(String key) throws IOException;

    /** Where this storage publishes, for messages: a folder path or a bucket URI. */
    String location();
}
