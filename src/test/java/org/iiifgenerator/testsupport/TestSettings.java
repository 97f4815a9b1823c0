package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.iiifgenerator.config.Settings;

/** Settings as a run sees them: the defaults of application.properties with some keys overridden. */
public final class TestSettings {

    private TestSettings() {
    }

    public static Settings withDefaults(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(applicationDefaults());
        values.putAll(overrides);
        return of(values);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(key -> Optional.ofNullable(values.get(key)));
    }

    private static Map<String, String> applicationDefaults() {
        Properties properties = new Properties();
        try (InputStream in = TestSettings.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> defaults = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> defaults.put(name, properties.getProperty(name)));
        return defaults;
    }
}
