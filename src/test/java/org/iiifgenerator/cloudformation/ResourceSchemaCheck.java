package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iiifgenerator.cloudformation.ProviderSchemas.ProviderSchema;

/**
 * Every resource's Properties against its type's provider schema, for each outcome of its Fn::Ifs: misspelt or
 * unknown properties, literal values of the wrong type or outside an enumeration, missing required properties,
 * and read-only properties set. A resource type without a schema is a problem too: nothing could check it.
 */
final class ResourceSchemaCheck implements TemplateCheck {

    /** Keywords whose verdict covers a whole subtree; with an intrinsic call inside it cannot be trusted. */
    private static final Set<String> COMBINING_KEYWORDS = Set.of("allOf", "anyOf", "oneOf", "not", "if", "then",
            "else", "dependencies");

    private final ProviderSchemas schemas;

    ResourceSchemaCheck(ProviderSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public List<String> problems(Template template) {
        Set<String> problems = new LinkedHashSet<>();
        for (String id : Template.namesIn(template.resources())) {
            String type = template.type(id);
            schemas.forType(type).ifPresentOrElse(
                    schema -> problems.addAll(problems(id, template.properties(id), schema)),
                    () -> problems.add("Resources/" + id + ": no provider schema for " + type + " ("
                            + schemas.fileFor(type) + " is missing), so its properties cannot be checked"));
        }
        return List.copyOf(problems);
    }

    private static List<String> problems(String id, JsonNode properties, ProviderSchema schema) {
        String where = "Resources/" + id + "/Properties";
        VariantProblems problems = new VariantProblems();
        for (ConditionalVariants.Variant variant : ConditionalVariants.of(properties)) {
            JsonNode value = variant.value() == null ? JsonNodeFactory.instance.objectNode() : variant.value();
            IntrinsicLocations intrinsics = IntrinsicLocations.in(value);
            for (Error error : schema.schema().validate(value)) {
                List<Object> location = segments(error.getInstanceLocation());
                if (!intrinsics.covers(location)
                        && !(COMBINING_KEYWORDS.contains(error.getKeyword()) && intrinsics.anyWithin(location))) {
                    problems.add(where + join(location) + ": " + error.getMessage() + " (" + schema.type()
                            + " schema)", variant);
                }
            }
            for (String readOnly : schema.readOnlyProperties()) {
                if (!value.at(readOnly.replaceFirst("^/properties/", "/")).isMissingNode()) {
                    problems.add(where + "/" + ProviderSchema.propertyPath(readOnly).replace('.', '/') + ": "
                            + schema.type() + " reports this property, a template cannot set it (read-only)", variant);
                }
            }
        }
        return problems.problems();
    }

    private static List<Object> segments(NodePath path) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            segments.add(path.getElement(i));
        }
        return segments;
    }

    private static String join(List<Object> location) {
        StringBuilder text = new StringBuilder();
        location.forEach(segment -> text.append('/').append(segment));
        return text.toString();
    }
}
