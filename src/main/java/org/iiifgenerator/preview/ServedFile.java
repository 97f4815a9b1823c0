package org.iiifgenerator.preview;

import java.io.IOException;
import java.io.InputStream;

/** A file the server has found for a request: its type, its length and how to read it. */
record ServedFile(String contentType, long length, Content content) {

    /** Opens the file's bytes; called only for GET, so a HEAD request reads nothing. */
    interface Content {
        InputStream open() throws IOException;
    }
}
