package org.iiifgenerator.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * One setting the application reads: its configuration key, the value application.properties ships, how a value
 * is checked, the names a user may set it by besides the key, and what it is for.
 *
 * @param key           the configuration key, e.g. {@code iiif.tile-size}
 * @param defaultValue  the value application.properties gives it ("" for empty); null when the file leaves it out
 *                      (a key set by a task or at start only)
 * @param parser        checks a value and converts it; its IllegalArgumentException says what is wrong and what is
 *                      allowed; null for free text and for keys read by Camel itself
 * @param taskField     the name a task file's {@code environment} sets it by (the seed's names, e.g.
 *                      {@code TILE_SIZE}), or null
 * @param option        the command line option that sets it (e.g. {@code --tile-size}), or null
 * @param documentation what it is for, in one line
 */
public record Setting(String key, String defaultValue, Function<String, ?> parser, String taskField, String option,
                      String documentation) {

    /** The environment variable that overrides it (Camel Main: upper case, '.' and '-' become '_'). */
    public String environmentVariable() {
        return Settings.variableOf(key);
    }

    public Optional<Function<String, ?>> valueParser() {
        return Optional.ofNullable(parser);
    }

    public Optional<String> task() {
        return Optional.ofNullable(taskField);
    }

    public Optional<String> commandLine() {
        return Optional.ofNullable(option);
    }

    Setting checkedBy(Function<String, ?> parser) {
        return new Setting(key, defaultValue, parser, taskField, option, documentation);
    }

    Setting task(String field) {
        return new Setting(key, defaultValue, parser, field, option, documentation);
    }

    Setting option(String name) {
        return new Setting(key, defaultValue, parser, taskField, name, documentation);
    }
}
