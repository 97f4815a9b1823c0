package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.iiifgenerator.app.Logging.Format;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LOG_FORMAT (or -Dlog.format) chooses how the console's lines are written, before anything logs. */
class LoggingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void textUnlessJsonIsChosenInAnyCase() {
        assertThat(Format.chosen(Map.of(), new Properties())).isEqualTo(Format.TEXT);
        assertThat(Format.chosen(Map.of("LOG_FORMAT", " "), new Properties())).isEqualTo(Format.TEXT);
        assertThat(Format.chosen(Map.of("LOG_FORMAT", "text"), new Properties())).isEqualTo(Format.TEXT);
        assertThat(Format.chosen(Map.of("LOG_FORMAT", " JSON"), new Properties())).isEqualTo(Format.JSON);
    }

    @Test
    void theSystemPropertyWinsOverTheVariable() {
        assertThat(Format.chosen(Map.of("LOG_FORMAT", "text"), properties("json"))).isEqualTo(Format.JSON);
        assertThat(Format.chosen(Map.of("LOG_FORMAT", "json"), properties("text"))).isEqualTo(Format.TEXT);
    }

    @Test
    void anUnknownFormatNamesTheSettingItCameFromAndTheFormatsThereAre() {
        assertThatIllegalArgumentException().isThrownBy(() -> Format.chosen(Map.of("LOG_FORMAT", "yaml"),
                new Properties())).withMessage("LOG_FORMAT is 'yaml', which is not a log format: use text or json");
        assertThatIllegalArgumentException().isThrownBy(() -> Format.chosen(Map.of(), properties("logfmt")))
                .withMessageStartingWith("-Dlog.format is 'logfmt'");
    }

    /** From the first line on, and with what the routes log: Camel starts after logging is set up. */
    @Test
    void withLogFormatJsonEveryLineARunPrintsIsAJsonEvent() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 300, 200);

        ChildProcess.Result run = ChildProcess.run(Map.of("LOG_FORMAT", "json"), "local",
                "--images", images.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        List<JsonNode> events = run.output().lines().map(LoggingTest::parse).toList();
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.has("time") && event.has("level")
                && event.has("logger") && event.has("thread") && event.has("message")).as("%s", event).isTrue());
        assertThat(events).anySatisfy(event -> {
            assertThat(event.path("logger").asText()).isEqualTo("org.iiifgenerator.pipeline.RunLifecycle");
            assertThat(event.path("message").asText()).startsWith("Publishing collection 'images'");
        });
    }

    @Test
    void anUnknownLogFormatIsWarnedAboutAndTheRunGoesOnInText() throws Exception {
        ChildProcess.Result run = ChildProcess.run(Map.of("LOG_FORMAT", "yaml"), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("WARNING Logging LOG_FORMAT is 'yaml', which is not a log format: "
                + "use text or json; logging as text");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception notJson) {
            throw new AssertionError("Not a JSON line: " + line, notJson);
        }
    }

    private static Properties properties(String format) {
        Properties properties = new Properties();
        properties.setProperty("log.format", format);
        return properties;
    }
}
