package org.iiifgenerator.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to configuration keys (application.properties, overridden by environment variables and command
 * line options). A value that cannot be used is reported with its key, so the user knows what to fix.
 */
public final class Settings {

    private final Function<String, Optional<String>> lookup;

    public Settings(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** The value of a key, absent when the key is unset or blank. */
    public Optional<String> find(String key) {
        return lookup.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    public String text(String key) {
        return find(key).orElseThrow(() -> new SettingException(key, "is not set"));
    }

    public int number(String key) {
        String value = text(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new SettingException(key, "is '" + value + "', which is not a whole number");
        }
    }

    public Optional<Path> path(String key) {
        return find(key).map(Path::of);
    }

    /** Converts a value with a parser whose IllegalArgumentException says what is wrong and what is allowed. */
    public <T> T parsed(String key, Function<String, T> parser) {
        String value = text(key);
        try {
            return parser.apply(value);
        } catch (SettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SettingException(key, e.getMessage().startsWith("is ") ? e.getMessage()
                    : "is '" + value + "': " + e.getMessage());
        }
    }

    /** A configuration value that is missing or unusable; the message names the key. */
    public static final class SettingException extends IllegalArgumentException {

        public SettingException(String key, String problem) {
            super("Setting '" + key + "' " + problem);
        }
    }
}
