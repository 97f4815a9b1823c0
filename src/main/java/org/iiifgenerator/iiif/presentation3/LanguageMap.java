package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/** A Presentation 3 language map with one value in one language ("none" when the language is unknown). */
public record LanguageMap(String language, String value) {

    @JsonValue
    Map<String, List<String>> json() {
        return Map.of(language, List.of(value));
    }

    /** Null in, null out, so optional properties stay absent. */
    static LanguageMap of(String language, String value) {
        return value == null ? null : new LanguageMap(language, value);
    }
}
