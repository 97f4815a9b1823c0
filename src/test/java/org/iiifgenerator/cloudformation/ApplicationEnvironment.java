package org.iiifgenerator.cloudformation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.iiifgenerator.task.TaskSpecs;

/**
 * The environment variables the application reads, from its own sources of truth: the task variables
 * ({@link TaskSpecs#NAMES}) and the configuration keys of {@code application.properties} as environment
 * variables (upper case, '.' and '-' as '_'), plus what the launcher and the image read.
 */
final class ApplicationEnvironment {

    /** JAVA_OPTS: JVM options for the launcher; LD_PRELOAD: the image's jemalloc; LOG_FORMAT: read before Camel. */
    static final Set<String> LAUNCHER_VARIABLES = Set.of("JAVA_OPTS", "LD_PRELOAD", "LOG_FORMAT");

    private ApplicationEnvironment() {
    }

    static Set<String> knownNames() {
        Set<String> names = new TreeSet<>(TaskSpecs.NAMES);
        names.addAll(configurationVariables());
        names.addAll(LAUNCHER_VARIABLES);
        return names;
    }

    static Set<String> configurationVariables() {
        Properties configuration = new Properties();
        try (InputStream file = ApplicationEnvironment.class.getResourceAsStream("/application.properties")) {
            if (file == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            configuration.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> variables = new TreeSet<>();
        configuration.stringPropertyNames().forEach(key -> variables.add(variableOf(key)));
        return variables;
    }

    /** {@code pipeline.parallel-images} is overridden by {@code PIPELINE_PARALLEL_IMAGES}. */
    static String variableOf(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
