package org.iiifgenerator.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;

/**
 * What every log format of the application shares: credentials are taken out of what it writes
 * ({@link CredentialRedaction}), whatever the level, and a failure is written with its stack trace.
 */
abstract class MaskedLogFormat extends Formatter {

    private final CredentialRedaction redaction = CredentialRedaction.of(System.getenv(), System.getProperties());

    /** The text without the credentials the process was given, nor any session token. */
    final String masked(String text) {
        return redaction.apply(text);
    }

    static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
