package org.iiifgenerator.testsupport;

import java.util.List;

/** The lines of a process's console output that a test looks for. */
public final class ConsoleLines {

    private ConsoleLines() {
    }

    /** The lines that contain {@code text}. */
    public static List<String> containing(String output, String text) {
        return output.lines().filter(line -> line.contains(text)).toList();
    }

    /** The lines of Java stack traces: frames ("\tat …"), causes and elided frames. */
    public static List<String> stackTrace(String output) {
        return output.lines().filter(line -> line.startsWith("\tat ") || line.strip().startsWith("at org.")
                || line.startsWith("Caused by: ") || line.matches("\\s+\\.\\.\\. \\d+ more")).toList();
    }
}
