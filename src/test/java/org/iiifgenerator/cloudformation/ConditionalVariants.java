package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

/**
 * A value as CloudFormation would see it for each outcome of the conditions its {@code Fn::If}s test: every
 * {@code Fn::If} replaced by the branch taken, and whatever became {@code AWS::NoValue} left out (a property, or
 * an element of a list). The conditions are taken as independent of each other, which covers every combination
 * that can happen and a few that cannot.
 */
final class ConditionalVariants {

    /** Beyond this many conditions in one value only "all true" and "all false" are tried. */
    private static final int MAX_ENUMERATED_CONDITIONS = 8;

    /** One outcome: the value (null when it is AWS::NoValue as a whole) and the conditions that led to it. */
    record Variant(JsonNode value, Map<String, Boolean> conditions) {
    }

    private ConditionalVariants() {
    }

    static List<Variant> of(JsonNode value) {
        List<String> conditions = List.copyOf(conditionsTested(value));
        List<Map<String, Boolean>> assignments = new ArrayList<>();
        if (conditions.size() > MAX_ENUMERATED_CONDITIONS) {
            assignments.add(uniform(conditions, true));
            assignments.add(uniform(conditions, false));
        } else {
            for (int bits = 0; bits < 1 << conditions.size(); bits++) {
                Map<String, Boolean> assignment = new LinkedHashMap<>();
                for (int i = 0; i < conditions.size(); i++) {
                    assignment.put(conditions.get(i), (bits & 1 << i) == 0);
                }
                assignments.add(assignment);
            }
        }
        return assignments.stream().map(assignment -> new Variant(evaluate(value, assignment), assignment)).toList();
    }

    /** The value with every Fn::If decided by {@code assignment}; null when the whole value is AWS::NoValue. */
    static JsonNode evaluate(JsonNode value, Map<String, Boolean> assignment) {
        if (Intrinsics.function(value).filter(Intrinsics.IF::equals).isPresent()
                && value.get(Intrinsics.IF) instanceof ArrayNode branches && branches.size() == 3) {
            boolean holds = assignment.getOrDefault(branches.get(0).asText(), true);
            return evaluate(branches.get(holds ? 1 : 2), assignment);
        }
        if (Intrinsics.isNoValue(value)) {
            return null;
        }
        if (value instanceof ObjectNode object) {
            ObjectNode result = object.objectNode();
            object.properties().forEach(field -> {
                JsonNode evaluated = evaluate(field.getValue(), assignment);
                if (evaluated != null) {
                    result.set(field.getKey(), evaluated);
                }
            });
            return result;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode result = array.arrayNode();
            array.forEach(element -> {
                JsonNode evaluated = evaluate(element, assignment);
                if (evaluated != null) {
                    result.add(evaluated);
                }
            });
            return result;
        }
        return value;
    }

    /** The names of the conditions the value's Fn::Ifs test, in the order they appear. */
    static SequencedSet<String> conditionsTested(JsonNode value) {
        SequencedSet<String> conditions = new LinkedHashSet<>();
        collect(value, conditions);
        return conditions;
    }

    private static void collect(JsonNode value, SequencedSet<String> conditions) {
        if (Intrinsics.function(value).filter(Intrinsics.IF::equals).isPresent()
                && value.get(Intrinsics.IF).path(0).isTextual()) {
            conditions.add(value.get(Intrinsics.IF).get(0).asText());
        }
        value.forEach(child -> collect(child, conditions));
    }

    private static Map<String, Boolean> uniform(List<String> conditions, boolean holds) {
        Map<String, Boolean> assignment = new LinkedHashMap<>();
        conditions.forEach(condition -> assignment.put(condition, holds));
        return assignment;
    }
}
