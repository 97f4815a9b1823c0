package org.iiifgenerator.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iiifgenerator.config.Setting;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.task.InvalidJobException;

/**
 * Configuration keys set by command line options. Each value is checked before anything starts, by the rule its
 * key has in the configuration, and a problem names the option the user typed ({@code --tile-size}), not the key.
 */
final class OptionSettings {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> options = new HashMap<>();

    /** Sets {@code key} to {@code value} when its option (the registry's for the key) was given (not null). */
    OptionSettings put(String key, Object value) {
        if (value != null) {
            values.put(key, value.toString());
            options.put(key, SettingsRegistry.find(key).flatMap(Setting::commandLine).orElseThrow(
                    () -> new IllegalArgumentException("No command line option sets " + key)));
        }
        return this;
    }

    /**
     * The keys and their values.
     *
     * @throws InvalidJobException listing every value its key's rule refuses, each naming its option
     */
    Map<String, String> checked() {
        Settings settings = new Settings(key -> Optional.ofNullable(values.get(key)), options::get);
        List<String> problems = new ArrayList<>();
        values.keySet().forEach(key -> SettingsRegistry.valueParser(key).ifPresent(parser -> {
            try {
                settings.parsed(key, parser);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }));
        if (!problems.isEmpty()) {
            throw new InvalidJobException(problems);
        }
        return new LinkedHashMap<>(values);
    }
}
