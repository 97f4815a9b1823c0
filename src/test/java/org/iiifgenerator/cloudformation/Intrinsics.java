package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the intrinsic functions of a long-form template look like. */
final class Intrinsics {

    static final String REF = "Ref";
    static final String GET_ATT = "Fn::GetAtt";
    static final String SUB = "Fn::Sub";
    static final String IF = "Fn::If";
    static final String NO_VALUE = "AWS::NoValue";

    /** The parameters CloudFormation defines in every stack. */
    static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs", NO_VALUE,
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    /** {@code ${Name}} or {@code ${Resource.Attribute}}; {@code ${!Literal}} is text. */
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private Intrinsics() {
    }

    /** The function an object calls ({@code Ref} or {@code Fn::...}), when it is exactly one such call. */
    static Optional<String> function(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            return Optional.empty();
        }
        String name = node.fieldNames().next();
        return name.equals(REF) || name.startsWith("Fn::") ? Optional.of(name) : Optional.empty();
    }

    /** {@code {"Ref": name}} */
    static ObjectNode ref(String name) {
        return JsonNodeFactory.instance.objectNode().put(REF, name);
    }

    static boolean isNoValue(JsonNode node) {
        return node != null && node.size() == 1 && NO_VALUE.equals(node.path(REF).asText(null));
    }

    /** The variables a Fn::Sub string names, without the {@code ${!Literal}} escapes. */
    static List<String> subVariables(String template) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = SUB_VARIABLE.matcher(template);
        while (matcher.find()) {
            String variable = matcher.group(1).strip();
            if (!variable.startsWith("!")) {
                variables.add(variable);
            }
        }
        return variables;
    }
}
