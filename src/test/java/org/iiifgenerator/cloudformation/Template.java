package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed template (long-form JSON) and the parts of it the checks read. Mutable, for making broken copies. */
public record Template(ObjectNode root) {

    public static Template read(Path file) throws IOException {
        return new Template(CloudFormationYaml.read(file));
    }

    /** An independent copy to break on purpose. */
    public Template copy() {
        return new Template(root.deepCopy());
    }

    public ObjectNode parameters() {
        return section("Parameters");
    }

    public ObjectNode conditions() {
        return section("Conditions");
    }

    public ObjectNode resources() {
        return section("Resources");
    }

    public ObjectNode outputs() {
        return section("Outputs");
    }

    /** A top-level section; empty (and detached) when the template has none. */
    public ObjectNode section(String name) {
        return root.get(name) instanceof ObjectNode section ? section : JsonNodeFactory.instance.objectNode();
    }

    public ObjectNode resource(String logicalId) {
        if (!(resources().get(logicalId) instanceof ObjectNode resource)) {
            throw new IllegalArgumentException("The template has no resource " + logicalId);
        }
        return resource;
    }

    public String type(String logicalId) {
        return resource(logicalId).path("Type").asText();
    }

    /** The resource's Properties; empty when it has none. */
    public ObjectNode properties(String logicalId) {
        return resource(logicalId).get("Properties") instanceof ObjectNode properties ? properties
                : JsonNodeFactory.instance.objectNode();
    }

    /** The Condition a resource (or an output, given its section) is created under. */
    public Optional<String> conditionOf(ObjectNode resourceOrOutput) {
        JsonNode condition = resourceOrOutput.get("Condition");
        return condition != null && condition.isTextual() ? Optional.of(condition.asText()) : Optional.empty();
    }

    /** The logical ids of the resources of a type, in template order. */
    public List<String> resourcesOfType(String type) {
        return resources().properties().stream().filter(entry -> type.equals(entry.getValue().path("Type").asText()))
                .map(Map.Entry::getKey).toList();
    }

    /** The field names of a section (parameters, resources, ...), in template order. */
    public static Set<String> namesIn(ObjectNode section) {
        Set<String> names = new LinkedHashSet<>();
        section.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A parameter's Default as text; empty when it has none. */
    public Optional<String> defaultOf(String parameter) {
        JsonNode value = parameters().path(parameter).get("Default");
        return value == null ? Optional.empty() : Optional.of(value.asText());
    }
}
