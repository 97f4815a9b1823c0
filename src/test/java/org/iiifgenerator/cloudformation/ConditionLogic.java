package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.iiifgenerator.cloudformation.TemplateReferences.Assumption;

/**
 * Whether what holds at a place of a template guarantees a condition, judged from the conditions' definitions
 * alone ({@code Fn::And}, {@code Fn::Or}, {@code Fn::Not} of named conditions and identical comparisons): enough
 * to prove "CreateService = And(QueueIntake, ...)" implies QueueIntake, without evaluating parameters.
 */
final class ConditionLogic {

    /** Deeper than any sensible template; stops a definition that refers to itself. */
    private static final int MAX_DEPTH = 32;

    private final ObjectNode definitions;

    ConditionLogic(ObjectNode definitions) {
        this.definitions = definitions;
    }

    boolean guarantees(List<Assumption> assumptions, String condition) {
        JsonNode target = named(condition);
        return assumptions.stream().anyMatch(assumption -> implies(
                assumption.holds() ? named(assumption.condition()) : not(named(assumption.condition())), target, 0));
    }

    private boolean implies(JsonNode premise, JsonNode conclusion, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (premise.equals(conclusion)) {
            return true;
        }
        JsonNode premiseDefinition = definition(premise);
        JsonNode conclusionDefinition = definition(conclusion);
        if (premiseDefinition != null) {
            return implies(premiseDefinition, conclusion, depth + 1);
        }
        if (conclusionDefinition != null) {
            return implies(premise, conclusionDefinition, depth + 1);
        }
        if (premise.has("Fn::And") && members(premise).anyMatch(m -> implies(m, conclusion, depth + 1))) {
            return true;
        }
        if (premise.has("Fn::Or") && members(premise).allMatch(m -> implies(m, conclusion, depth + 1))) {
            return true;
        }
        if (conclusion.has("Fn::And")) {
            return members(conclusion).allMatch(m -> implies(premise, m, depth + 1));
        }
        if (conclusion.has("Fn::Or")) {
            return members(conclusion).anyMatch(m -> implies(premise, m, depth + 1));
        }
        // not P implies not Q when Q implies P
        return premise.has("Fn::Not") && conclusion.has("Fn::Not")
                && implies(conclusion.get("Fn::Not").path(0), premise.get("Fn::Not").path(0), depth + 1);
    }

    /** The definition a {@code {"Condition": name}} stands for; null for any other expression. */
    private JsonNode definition(JsonNode expression) {
        return expression.size() == 1 && expression.path("Condition").isTextual()
                ? definitions.get(expression.get("Condition").asText()) : null;
    }

    private static Stream<JsonNode> members(JsonNode expression) {
        JsonNode members = expression.elements().next();
        return StreamSupport.stream(members.spliterator(), false);
    }

    private static JsonNode named(String condition) {
        return JsonNodeFactory.instance.objectNode().put("Condition", condition);
    }

    private static JsonNode not(JsonNode expression) {
        ObjectNode negation = JsonNodeFactory.instance.objectNode();
        negation.putArray("Fn::Not").add(expression);
        return negation;
    }
}
