package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The text log: one event, one line, whatever the names in it hold. */
class ConsoleLogFormatTest {

    private final ConsoleLogFormat format = new ConsoleLogFormat();

    @Test
    void lineBreaksAndControlCharactersInAMessageAreEscaped() {
        LogRecord record = new LogRecord(Level.WARNING,
                "''{0}'' is not an image file this tool reads; it is ignored");
        record.setLoggerName("org.iiifgenerator.report.RunReport");
        record.setParameters(new Object[] {"x\n12:00:00.000 SEVERE  RunLifecycle forged\r\t\u001b[31m\u0085\u2028.txt"});

        String line = format.format(record);

        assertThat(line).endsWith(" WARNING RunReport 'x\\n12:00:00.000 SEVERE  RunLifecycle forged\\r\\t\\u001b[31m"
                + "\\u0085\\u2028.txt' is not an image file this tool reads; it is ignored" + System.lineSeparator());
        assertThat(line.lines()).hasSize(1);
    }

    @Test
    void aStackTraceKeepsItsLines() {
        LogRecord record = new LogRecord(Level.SEVERE, "The run broke off: a\nb");
        record.setLoggerName("org.iiifgenerator.app.PipelineRunner");
        record.setThrown(new IllegalStateException("boom"));

        String text = format.format(record);

        assertThat(text.lines().findFirst().orElseThrow()).endsWith("The run broke off: a\\nb");
        assertThat(text.lines()).anySatisfy(line -> assertThat(line).startsWith("java.lang.IllegalStateException: boom"))
                .anySatisfy(line -> assertThat(line).startsWith("\tat "));
    }

    @Test
    void textOfAnyScriptIsWrittenAsItIs() {
        LogRecord record = new LogRecord(Level.INFO, "देवनागरी 漢字 Ελληνικά");
        record.setLoggerName("x.Y");

        assertThat(format.format(record)).endsWith(" Y देवनागरी 漢字 Ελληνικά" + System.lineSeparator());
    }
}
