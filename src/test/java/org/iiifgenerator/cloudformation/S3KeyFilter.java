package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.Function;

/**
 * The key filter of an S3 event notification: a key is delivered when it starts with the prefix and ends with the
 * suffix, both compared case-sensitively as S3 does. An absent rule matches every key.
 */
record S3KeyFilter(String prefix, String suffix) {

    /**
     * @param filter  a notification's {@code Filter} ({@code {S3Key: {Rules: [{Name, Value}]}}})
     * @param resolve the text of a rule's value (a literal, or a Ref to a parameter)
     */
    static S3KeyFilter of(JsonNode filter, Function<JsonNode, String> resolve) {
        String prefix = "";
        String suffix = "";
        for (JsonNode rule : filter.path("S3Key").path("Rules")) {
            switch (rule.path("Name").asText().toLowerCase(Locale.ROOT)) {
                case "prefix" -> prefix = resolve.apply(rule.path("Value"));
                case "suffix" -> suffix = resolve.apply(rule.path("Value"));
                default -> throw new IllegalArgumentException("S3 filters by prefix and suffix, not " + rule);
            }
        }
        return new S3KeyFilter(prefix, suffix);
    }

    boolean delivers(String key) {
        return key.startsWith(prefix) && key.endsWith(suffix);
    }
}
