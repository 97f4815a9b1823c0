package org.iiifgenerator.preview;

import java.io.IOException;
import java.util.Optional;

/** Where the files under one path of the server come from. */
interface FileSource {

    /** The file at {@code path} (relative to the source), or empty when there is none. */
    Optional<ServedFile> find(RequestPath path) throws IOException;
}
