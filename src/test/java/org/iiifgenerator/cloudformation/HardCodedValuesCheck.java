package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template deploys to any region, partition and account: no region, availability zone, partition or account
 * id written out (the stack has ${AWS::Region}, !GetAZs, ${AWS::Partition} and ${AWS::AccountId} for them).
 * Every key and string is searched, descriptions included.
 */
final class HardCodedValuesCheck implements TemplateCheck {

    private static final String REGION = "(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?"
            + "-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]{1,2}";

    /** What must not be written out, and how to recognise it. */
    private record Forbidden(String what, Pattern pattern) {
    }

    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("availability zone",
                    Pattern.compile("\\b" + REGION + "[a-z]\\b|\\b[a-z]{3,4}[0-9]-az[0-9]{1,2}\\b")),
            new Forbidden("region", Pattern.compile("\\b" + REGION + "\\b")),
            new Forbidden("partition", Pattern.compile("\\barn:aws(?:-cn|-us-gov|-iso[a-z-]*)?:")),
            new Forbidden("account id", Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])")));

    @Override
    public List<String> problems(Template template) {
        List<String> problems = new ArrayList<>();
        search(template.root(), "", problems);
        return problems;
    }

    private static void search(JsonNode node, String location, List<String> problems) {
        if (node.isTextual()) {
            inspect(node.asText(), location, problems);
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                String at = location.isEmpty() ? field.getKey() : location + "/" + field.getKey();
                inspect(field.getKey(), at, problems);
                search(field.getValue(), at, problems);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                search(node.get(i), location + "/" + i, problems);
            }
        }
    }

    private static void inspect(String text, String location, List<String> problems) {
        for (Forbidden forbidden : FORBIDDEN) {
            Matcher matcher = forbidden.pattern().matcher(text);
            while (matcher.find()) {
                problems.add(location + ": hard-coded " + forbidden.what() + " '" + matcher.group() + "'");
            }
        }
    }
}
