package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.iiifgenerator.cloudformation.TemplateReferences.Kind;
import org.iiifgenerator.cloudformation.TemplateReferences.Reference;

/**
 * Every name a template uses exists: Ref and ${...} targets (parameters, resources, pseudo parameters), Fn::GetAtt
 * resources and their attributes (as far as the type's schema lists them), conditions, DependsOn entries, and
 * the parameters of the console's parameter groups. Every parameter and condition is used.
 */
final class ReferenceCheck implements TemplateCheck {

    private final ProviderSchemas schemas;

    ReferenceCheck(ProviderSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public List<String> problems(Template template) {
        Set<String> parameters = Template.namesIn(template.parameters());
        Set<String> resources = Template.namesIn(template.resources());
        Set<String> conditions = Template.namesIn(template.conditions());
        List<Reference> references = TemplateReferences.in(template);
        List<String> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Reference reference : references) {
            used.add(reference.target());
            String target = reference.target();
            String where = reference.location() + ": ";
            switch (reference.kind()) {
                case REF -> {
                    // Conditions and rules are evaluated before any resource exists.
                    boolean beforeResources = reference.location().startsWith("Conditions/")
                            || reference.location().startsWith("Rules/");
                    if (!parameters.contains(target) && !Intrinsics.PSEUDO_PARAMETERS.contains(target)
                            && (beforeResources || !resources.contains(target))) {
                        problems.add(where + "refers to '" + target + "', which is no parameter"
                                + (beforeResources ? "" : ", resource") + " or pseudo parameter");
                    }
                }
                case GET_ATT -> {
                    if (!resources.contains(target)) {
                        problems.add(where + "Fn::GetAtt of '" + target + "', which is no resource");
                    } else if (reference.attribute() != null) {
                        attributeProblem(template.type(target), reference).ifPresent(problems::add);
                    }
                }
                case CONDITION -> {
                    if (!conditions.contains(target)) {
                        problems.add(where + "condition '" + target + "' is not defined in Conditions");
                    }
                }
                case DEPENDS_ON -> {
                    if (!resources.contains(target)) {
                        problems.add(where + "depends on '" + target + "', which is no resource");
                    }
                }
            }
        }
        unused(parameters, used, "Parameters", problems);
        unused(conditions, usedOutsideOwnDefinition(references), "Conditions", problems);
        problems.addAll(parameterGroupProblems(template, parameters));
        return problems;
    }

    private Optional<String> attributeProblem(String type, Reference reference) {
        return schemas.forType(type)
                .filter(schema -> !schema.readOnlyProperties().isEmpty())
                .filter(schema -> !schema.attributes().contains(reference.attribute()))
                .map(schema -> reference.location() + ": Fn::GetAtt " + reference.target() + "."
                        + reference.attribute() + " - " + type + " has no attribute '" + reference.attribute()
                        + "' (it has " + new TreeSet<>(schema.attributes()) + ")");
    }

    /** A condition used only by its own definition is unused. */
    private static Set<String> usedOutsideOwnDefinition(List<Reference> references) {
        Set<String> used = new HashSet<>();
        for (Reference reference : references) {
            if (reference.kind() == Kind.CONDITION
                    && !reference.location().startsWith("Conditions/" + reference.target() + "/")) {
                used.add(reference.target());
            }
        }
        return used;
    }

    private static void unused(Set<String> declared, Set<String> used, String section, List<String> problems) {
        declared.stream().filter(name -> !used.contains(name))
                .forEach(name -> problems.add(section + "/" + name + ": declared but never used"));
    }

    /** The console's parameter groups (AWS::CloudFormation::Interface) may only list declared parameters. */
    private static List<String> parameterGroupProblems(Template template, Set<String> parameters) {
        List<String> problems = new ArrayList<>();
        JsonNode groups = template.section("Metadata").path("AWS::CloudFormation::Interface").path("ParameterGroups");
        for (int g = 0; g < groups.size(); g++) {
            for (JsonNode name : groups.get(g).path("Parameters")) {
                if (!parameters.contains(name.asText())) {
                    problems.add("Metadata/AWS::CloudFormation::Interface/ParameterGroups/" + g + ": lists '"
                            + name.asText() + "', which is no parameter");
                }
            }
        }
        return problems;
    }
}
