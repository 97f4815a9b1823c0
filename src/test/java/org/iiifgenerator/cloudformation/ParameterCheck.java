package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.StreamSupport;

/**
 * Every parameter has a type CloudFormation knows and a Default that passes its own constraints (AllowedValues,
 * AllowedPattern, Min/MaxValue, Min/MaxLength): a stack created with the defaults must not be refused.
 */
final class ParameterCheck implements TemplateCheck {

    private static final Set<String> PLAIN_TYPES = Set.of("String", "Number", "List<Number>", "CommaDelimitedList");

    @Override
    public List<String> problems(Template template) {
        List<String> problems = new ArrayList<>();
        template.parameters().properties().forEach(entry -> {
            String where = "Parameters/" + entry.getKey() + ": ";
            JsonNode parameter = entry.getValue();
            String type = parameter.path("Type").asText();
            if (!PLAIN_TYPES.contains(type) && !type.startsWith("AWS::") && !type.startsWith("List<AWS::")) {
                problems.add(where + "unknown Type '" + type + "'");
            }
            JsonNode defaultValue = parameter.get("Default");
            if (defaultValue != null) {
                defaultProblems(parameter, type, defaultValue.asText()).forEach(p -> problems.add(where + p));
            }
        });
        return problems;
    }

    private static List<String> defaultProblems(JsonNode parameter, String type, String value) {
        List<String> problems = new ArrayList<>();
        JsonNode allowed = parameter.path("AllowedValues");
        if (allowed.isArray() && StreamSupport.stream(allowed.spliterator(), false)
                .noneMatch(option -> option.asText().equals(value))) {
            problems.add("Default '" + value + "' is not one of its AllowedValues " + allowed);
        }
        JsonNode pattern = parameter.get("AllowedPattern");
        if (pattern != null && !matches(pattern.asText(), value)) {
            problems.add("Default '" + value + "' does not match its AllowedPattern " + pattern.asText());
        }
        if (type.equals("Number")) {
            problems.addAll(numberProblems(parameter, value));
        }
        if (parameter.has("MinLength") && value.length() < parameter.get("MinLength").asInt()) {
            problems.add("Default '" + value + "' is shorter than its MinLength");
        }
        if (parameter.has("MaxLength") && value.length() > parameter.get("MaxLength").asInt()) {
            problems.add("Default '" + value + "' is longer than its MaxLength");
        }
        return problems;
    }

    private static List<String> numberProblems(JsonNode parameter, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return List.of("Default '" + value + "' is not a number");
        }
        List<String> problems = new ArrayList<>();
        if (parameter.has("MinValue") && number.compareTo(parameter.get("MinValue").decimalValue()) < 0) {
            problems.add("Default " + value + " is below its MinValue " + parameter.get("MinValue"));
        }
        if (parameter.has("MaxValue") && number.compareTo(parameter.get("MaxValue").decimalValue()) > 0) {
            problems.add("Default " + value + " is above its MaxValue " + parameter.get("MaxValue"));
        }
        return problems;
    }

    /** CloudFormation matches the whole value against the pattern. */
    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
