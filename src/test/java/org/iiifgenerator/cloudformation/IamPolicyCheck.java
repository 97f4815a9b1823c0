package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Least privilege in every policy document of the template (role policies, managed policies, bucket, queue and
 * repository policies): each action is a real one and named in full (no {@code *}, {@code s3:*} or
 * {@code s3:Get*}), no NotAction, {@code Resource: "*"} only for actions that cannot be scoped, and no AWS managed
 * {@code *FullAccess} policy attached (what the system we replace did with S3 and Batch).
 */
final class IamPolicyCheck implements TemplateCheck {

    /** Actions IAM only grants on every resource ("*"), lower case. */
    private static final Set<String> UNSCOPABLE_ACTIONS = Set.of("ecr:getauthorizationtoken");

    private final IamActions actions;

    IamPolicyCheck(IamActions actions) {
        this.actions = actions;
    }

    @Override
    public List<String> problems(Template template) {
        Set<String> problems = new LinkedHashSet<>();
        template.resources().properties().forEach(resource ->
                walk(resource.getValue(), "Resources/" + resource.getKey(), problems));
        return List.copyOf(problems);
    }

    private void walk(JsonNode node, String location, Set<String> problems) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String at = location + "/" + field.getKey();
                switch (field.getKey()) {
                    case "Statement" -> statements(field.getValue(), at, problems);
                    case "ManagedPolicyArns" -> fullAccessPolicies(field.getValue(), at, problems);
                    default -> walk(field.getValue(), at, problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), location + "/" + i, problems);
            }
        }
    }

    private void statements(JsonNode statements, String location, Set<String> problems) {
        for (ConditionalVariants.Variant variant : ConditionalVariants.of(statements)) {
            JsonNode value = variant.value();
            List<JsonNode> list = value == null ? List.of() : value.isArray() ? listOf(value) : List.of(value);
            for (int i = 0; i < list.size(); i++) {
                statement(list.get(i), location + (value.isArray() ? "/" + i : ""), problems);
            }
        }
    }

    private void statement(JsonNode statement, String location, Set<String> problems) {
        if (statement.has("NotAction")) {
            problems.add(location + "/NotAction: allows every action but those listed; list the actions instead");
        }
        List<String> named = texts(statement.path("Action"));
        named.forEach(action -> actions.problemWith(action)
                .ifPresent(problem -> problems.add(location + "/Action: " + problem)));
        boolean allResources = texts(statement.path("Resource")).contains("*");
        boolean allows = !"Deny".equals(statement.path("Effect").asText());
        List<String> scopable = named.stream()
                .filter(action -> !UNSCOPABLE_ACTIONS.contains(action.toLowerCase(Locale.ROOT))).toList();
        if (allows && allResources && !scopable.isEmpty()) {
            problems.add(location + "/Resource: '*' for " + scopable
                    + ", which IAM can limit to this stack's resources");
        }
    }

    private static void fullAccessPolicies(JsonNode arns, String location, Set<String> problems) {
        collectTexts(arns).stream().filter(arn -> arn.endsWith("FullAccess")).forEach(arn ->
                problems.add(location + ": attaches " + arn + "; grant the actions this stack needs instead"));
    }

    /** The literal strings of a value that is a string or a list of them (computed entries cannot be judged). */
    private static List<String> texts(JsonNode value) {
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        return listOf(value).stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    /** Every string anywhere in a value, including those inside intrinsic functions (e.g. a Fn::Sub ARN). */
    private static List<String> collectTexts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isTextual()) {
            texts.add(value.asText());
        }
        value.forEach(child -> texts.addAll(collectTexts(child)));
        return texts;
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(elements::add);
        }
        return elements;
    }
}
