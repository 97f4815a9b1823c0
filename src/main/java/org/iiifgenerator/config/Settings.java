package org.iiifgenerator.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Typed access to configuration keys (application.properties, overridden by environment variables and command
 * line options). A value that cannot be used is reported under the name the user gave it, so the user knows what
 * to fix: {@code --tile-size}, {@code IIIF_TILE_SIZE}, a task's {@code TILE_SIZE}, else the key itself. The keys,
 * their defaults and the checks of their values are {@link SettingsRegistry}'s.
 */
public final class Settings {

    private final Function<String, Optional<String>> lookup;
    private final Function<String, String> names;

    /** Settings whose problems name the configuration keys. */
    public Settings(Function<String, Optional<String>> lookup) {
        this(lookup, Settings::configurationKey);
    }

    /** Settings whose problems name a key as {@code names} says the user gave it. */
    public Settings(Function<String, Optional<String>> lookup, Function<String, String> names) {
        this.lookup = lookup;
        this.names = names;
    }

    /**
     * The configuration of this process: a key's problems name the environment variable or system property that
     * set it, as Camel reads them (FOO_BAR for foo.bar), else the key.
     */
    public static Settings ofProcess(Function<String, Optional<String>> lookup, Map<String, String> environment,
                                     Properties systemProperties) {
        return new Settings(lookup, key -> systemProperties.getProperty(key) != null ? "-D" + key
                : environment.containsKey(variableOf(key)) ? variableOf(key) : configurationKey(key));
    }

    /** The environment variable that overrides a key: upper case, '.' and '-' become '_'. */
    public static String variableOf(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String configurationKey(String key) {
        return "Setting '" + key + "'";
    }

    /** How the user gave a key: an option, a variable, or the configuration key. */
    public String nameOf(String key) {
        return names.apply(key);
    }

    /** A problem with a key's value, naming the key as the user gave it. */
    public SettingException problem(String key, String problem) {
        return SettingException.named(nameOf(key), problem);
    }

    /** The value of a key, absent when the key is unset or blank. */
    public Optional<String> find(String key) {
        return lookup.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    public String text(String key) {
        return find(key).orElseThrow(() -> problem(key, "is not set"));
    }

    public int number(String key) {
        String value = text(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem(key, "is '" + value + "', which is not a whole number");
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
            throw problem(key, e.getMessage().startsWith("is ") ? e.getMessage()
                    : "is '" + value + "': " + e.getMessage());
        }
    }

    /** A configuration value that is missing or unusable; the message names the key or what set it. */
    public static final class SettingException extends IllegalArgumentException {

        public SettingException(String key, String problem) {
            this(configurationKey(key) + " " + problem);
        }

        private SettingException(String message) {
            super(message);
        }

        /** A problem of a setting given as {@code name} (an option, a variable), which the message starts with. */
        public static SettingException named(String name, String problem) {
            return new SettingException(name + " " + problem);
        }
    }
}
