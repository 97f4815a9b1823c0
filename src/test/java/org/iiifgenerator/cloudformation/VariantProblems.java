package org.iiifgenerator.cloudformation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Problems found in some of the variants of a value ({@link ConditionalVariants}), each reported once with the
 * condition outcomes shared by every variant it was found in: "[when Fargate=true]" rather than sixteen lines.
 */
final class VariantProblems {

    private final Map<String, List<Map<String, Boolean>>> occurrences = new LinkedHashMap<>();

    void add(String problem, ConditionalVariants.Variant variant) {
        occurrences.computeIfAbsent(problem, p -> new ArrayList<>()).add(variant.conditions());
    }

    List<String> problems() {
        return occurrences.entrySet().stream().map(entry -> entry.getKey() + when(entry.getValue())).toList();
    }

    private static String when(List<Map<String, Boolean>> variants) {
        Map<String, Boolean> shared = new HashMap<>(variants.getFirst());
        variants.forEach(variant -> shared.entrySet().removeIf(e -> !e.getValue().equals(variant.get(e.getKey()))));
        return shared.isEmpty() ? "" : variants.getFirst().keySet().stream().filter(shared::containsKey)
                .map(condition -> condition + "=" + shared.get(condition))
                .collect(Collectors.joining(", ", " [when ", "]"));
    }
}
