package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The environment variable names a template gives the application's containers, per resource, in any outcome of
 * the conditions: Batch job definitions, Lambda functions and ECS task definitions.
 */
final class ContainerEnvironments {

    private ContainerEnvironments() {
    }

    static SequencedMap<String, Set<String>> namesByResource(Template template) {
        SequencedMap<String, Set<String>> names = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Batch::JobDefinition").forEach(id -> names.put(id, collect(template, id,
                properties -> namesOf(properties.at("/ContainerProperties/Environment")))));
        template.resourcesOfType("AWS::Lambda::Function").forEach(id -> names.put(id, collect(template, id,
                properties -> stream(properties.at("/Environment/Variables").fieldNames()))));
        template.resourcesOfType("AWS::ECS::TaskDefinition").forEach(id -> names.put(id, collect(template, id,
                properties -> elements(properties.path("ContainerDefinitions"))
                        .flatMap(container -> namesOf(container.path("Environment"))))));
        return names;
    }

    private static Set<String> collect(Template template, String id, Function<JsonNode, Stream<String>> names) {
        Set<String> all = new TreeSet<>();
        ConditionalVariants.of(template.properties(id)).forEach(variant -> names.apply(variant.value())
                .forEach(all::add));
        return all;
    }

    /** The names of a [{Name, Value}] list. */
    private static Stream<String> namesOf(JsonNode variables) {
        return elements(variables).map(variable -> variable.path("Name").asText());
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static Stream<String> stream(Iterator<String> names) {
        Iterable<String> iterable = () -> names;
        return StreamSupport.stream(iterable.spliterator(), false);
    }
}
