package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every name a template refers to, with where it does and under which conditions that place is evaluated: a
 * resource's or output's own Condition, and the branches of the Fn::Ifs around it.
 */
final class TemplateReferences {

    enum Kind {
        /** {@code Ref}, or a plain {@code ${Name}} of a Fn::Sub: a parameter, resource or pseudo parameter. */
        REF,
        /** {@code Fn::GetAtt}, or a {@code ${Resource.Attribute}} of a Fn::Sub. */
        GET_ATT,
        /** A resource's or output's Condition, a Fn::If's condition, or {@code Condition} inside a condition. */
        CONDITION,
        /** An entry of a resource's DependsOn. */
        DEPENDS_ON
    }

    /** A condition that holds (or does not) wherever a reference is evaluated. */
    record Assumption(String condition, boolean holds) {
    }

    /**
     * @param attribute  the attribute of a GET_ATT, else null
     * @param location   where the reference is, e.g. {@code Resources/Bucket/Properties/Tags/0/Value}
     * @param assumptions what holds wherever the reference is evaluated
     */
    record Reference(Kind kind, String target, String attribute, String location, List<Assumption> assumptions) {
    }

    private final List<Reference> references = new ArrayList<>();

    private TemplateReferences() {
    }

    static List<Reference> in(Template template) {
        TemplateReferences found = new TemplateReferences();
        template.conditions().properties().forEach(condition ->
                found.walk(condition.getValue(), "Conditions/" + condition.getKey(), List.of(), true));
        template.section("Rules").properties().forEach(rule ->
                found.walk(rule.getValue(), "Rules/" + rule.getKey(), List.of(), true));
        found.walkDeclarations(template, template.resources(), "Resources");
        found.walkDeclarations(template, template.outputs(), "Outputs");
        return List.copyOf(found.references);
    }

    /** Resources or outputs: their Condition, DependsOn and everything else they hold. */
    private void walkDeclarations(Template template, ObjectNode section, String sectionName) {
        section.properties().forEach(entry -> {
            String location = sectionName + "/" + entry.getKey();
            if (!(entry.getValue() instanceof ObjectNode declaration)) {
                return;
            }
            List<Assumption> assumptions = template.conditionOf(declaration)
                    .map(condition -> List.of(new Assumption(condition, true))).orElse(List.of());
            template.conditionOf(declaration).ifPresent(condition ->
                    add(Kind.CONDITION, condition, null, location + "/Condition", List.of()));
            JsonNode dependsOn = declaration.path("DependsOn");
            (dependsOn.isArray() ? dependsOn : List.of(dependsOn)).forEach(target -> {
                if (target.isTextual()) {
                    add(Kind.DEPENDS_ON, target.asText(), null, location + "/DependsOn", assumptions);
                }
            });
            declaration.properties().forEach(part -> {
                if (!Set.of("Condition", "DependsOn", "Type").contains(part.getKey())) {
                    walk(part.getValue(), location + "/" + part.getKey(), assumptions, false);
                }
            });
        });
    }

    /**
     * @param inCondition true inside a condition expression, where {@code {"Condition": name}} refers to a
     *                    condition (elsewhere it may be a literal, e.g. the Condition block of a policy statement)
     */
    private void walk(JsonNode node, String location, List<Assumption> assumptions, boolean inCondition) {
        String function = Intrinsics.function(node).orElse(null);
        JsonNode argument = function == null ? null : node.get(function);
        if (Intrinsics.REF.equals(function) && argument.isTextual()) {
            add(Kind.REF, argument.asText(), null, location, assumptions);
        } else if (Intrinsics.GET_ATT.equals(function)) {
            getAtt(argument, location, assumptions);
        } else if (Intrinsics.SUB.equals(function)) {
            sub(argument, location, assumptions);
        } else if (Intrinsics.IF.equals(function) && argument.isArray() && argument.size() == 3) {
            String condition = argument.get(0).asText();
            add(Kind.CONDITION, condition, null, location + "/" + function, assumptions);
            walk(argument.get(1), location + "/" + function + "/1", with(assumptions, condition, true), inCondition);
            walk(argument.get(2), location + "/" + function + "/2", with(assumptions, condition, false), inCondition);
        } else if (inCondition && node.isObject() && node.size() == 1 && node.path("Condition").isTextual()) {
            add(Kind.CONDITION, node.get("Condition").asText(), null, location, assumptions);
        } else if (node.isObject()) {
            node.properties().forEach(field -> walk(field.getValue(), location + "/" + field.getKey(), assumptions,
                    inCondition || Set.of("Fn::And", "Fn::Or", "Fn::Not").contains(field.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), location + "/" + i, assumptions, inCondition);
            }
        }
    }

    private void getAtt(JsonNode argument, String location, List<Assumption> assumptions) {
        if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
            // The attribute may itself be a Ref (to a parameter); then only the resource is known.
            String attribute = argument.get(1).isTextual() ? argument.get(1).asText() : null;
            add(Kind.GET_ATT, argument.get(0).asText(), attribute, location, assumptions);
            walk(argument.get(1), location + "/" + Intrinsics.GET_ATT + "/1", assumptions, false);
        } else {
            add(Kind.GET_ATT, argument.toString(), null, location, assumptions);
        }
    }

    /** Fn::Sub as a string, or [string, {local variables}]: the local variables are not references. */
    private void sub(JsonNode argument, String location, List<Assumption> assumptions) {
        JsonNode text = argument.isArray() ? argument.path(0) : argument;
        JsonNode locals = argument.isArray() ? argument.path(1) : null;
        for (String variable : Intrinsics.subVariables(text.asText())) {
            if (locals != null && locals.has(variable)) {
                continue;
            }
            int dot = variable.indexOf('.');
            if (dot > 0) {
                add(Kind.GET_ATT, variable.substring(0, dot), variable.substring(dot + 1), location, assumptions);
            } else {
                add(Kind.REF, variable, null, location, assumptions);
            }
        }
        if (locals != null) {
            walk(locals, location + "/" + Intrinsics.SUB + "/1", assumptions, false);
        }
    }

    private static List<Assumption> with(List<Assumption> assumptions, String condition, boolean holds) {
        List<Assumption> more = new ArrayList<>(assumptions);
        more.add(new Assumption(condition, holds));
        return List.copyOf(more);
    }

    private void add(Kind kind, String target, String attribute, String location, List<Assumption> assumptions) {
        references.add(new Reference(kind, target, attribute, location, assumptions));
    }
}
