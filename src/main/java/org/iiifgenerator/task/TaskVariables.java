package org.iiifgenerator.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.iiifgenerator.config.Settings;

/**
 * The environment of a task while it is checked: typed reads that record what is wrong and carry on, so one
 * check reports every problem. Values are stripped of surrounding blanks; problems name the variable.
 */
final class TaskVariables {

    private final Map<String, String> values;
    private final Settings settings;
    private final List<String> problems = new ArrayList<>();

    TaskVariables(Map<String, String> values) {
        this.values = values;
        this.settings = new Settings(name -> Optional.ofNullable(values.get(name)));
    }

    boolean has(Enum<?> name) {
        return values.containsKey(name.name());
    }

    /** The parsed value; null when the variable is absent or its value unusable (then a problem is recorded). */
    <T> T optional(Enum<?> name, Function<String, T> parser) {
        String value = values.get(name.name());
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            problem(name, "is empty: give a value or leave " + name + " out");
            return null;
        }
        try {
            return settings.parsed(name.name(), parser);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /** Like {@link #optional}, and an absent variable is a problem too; {@code purpose} tells what to give. */
    <T> T required(Enum<?> name, Function<String, T> parser, String purpose) {
        if (!has(name)) {
            problem(name, "is not set: " + purpose);
            return null;
        }
        return optional(name, parser);
    }

    String text(Enum<?> name) {
        return optional(name, Function.identity());
    }

    void problem(Enum<?> name, String problem) {
        problems.add(new Settings.SettingException(name.name(), problem).getMessage());
    }

    void problem(String problem) {
        problems.add(problem);
    }

    List<String> problems() {
        return problems;
    }
}
