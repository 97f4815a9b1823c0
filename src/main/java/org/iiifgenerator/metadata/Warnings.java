package org.iiifgenerator.metadata;

import java.util.ArrayList;
import java.util.List;

/** Collects problems that do not stop reading, each prefixed with the file and line the user has to look at. */
final class Warnings {

    private final String sourceName;
    private final List<String> messages = new ArrayList<>();

    Warnings(String sourceName) {
        this.sourceName = sourceName;
    }

    /** Shared with exception messages so warnings and errors point at lines the same way. */
    static String located(String sourceName, long line, String message) {
        return sourceName + " line " + line + ": " + message;
    }

    /** "file line N": where a row is, for messages about its values written later. */
    String where(long line) {
        return sourceName + " line " + line;
    }

    void add(long line, String message) {
        messages.add(located(sourceName, line, message));
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
