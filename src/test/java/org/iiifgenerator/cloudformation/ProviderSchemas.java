package org.iiifgenerator.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The CloudFormation resource provider schemas of a folder, one file per type: {@code AWS::Batch::JobDefinition}
 * is {@code aws-batch-jobdefinition.json}. They are draft-07 JSON Schemas with keywords of their own
 * ({@code insertionOrder}, {@code tagging}, {@code readOnlyProperties}, ...), which validate nothing here.
 */
final class ProviderSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Draft 07 where an unknown keyword is silently a non-validating one; formats are not asserted (the schemas name
     * formats of their own, such as AWS::EC2::Subnet.Id); patterns are read as ECMAScript. Error locations are JSON
     * pointers.
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft7())
                    .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword)).build(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(false)
                    .regularExpressionFactory(new EcmaScriptPatterns()).build()));

    private final Path folder;
    private final Map<String, Optional<ProviderSchema>> loaded = new ConcurrentHashMap<>();

    ProviderSchemas(Path folder) {
        this.folder = folder;
    }

    static String fileName(String type) {
        return type.toLowerCase(Locale.ROOT).replace("::", "-") + ".json";
    }

    Path fileFor(String type) {
        return folder.resolve(fileName(type));
    }

    Optional<ProviderSchema> forType(String type) {
        return loaded.computeIfAbsent(type, this::load);
    }

    private Optional<ProviderSchema> load(String type) {
        Path file = fileFor(type);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ObjectNode schema = (ObjectNode) JSON.readTree(file.toFile());
            // The meta-schema they name is not at hand (nor needed): validate as the draft-07 dialect above.
            schema.remove("$schema");
            List<String> readOnly = StreamSupport.stream(schema.path("readOnlyProperties").spliterator(), false)
                    .map(JsonNode::asText).toList();
            return Optional.of(new ProviderSchema(type, REGISTRY.getSchema(schema), readOnly));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema of " + type + " in " + file, e);
        }
    }

    /**
     * @param readOnlyProperties JSON pointers such as {@code /properties/Arn}: what CloudFormation reports about a
     *                           resource (its Fn::GetAtt attributes) and a template may not set
     */
    record ProviderSchema(String type, Schema schema, List<String> readOnlyProperties) {

        /** The Fn::GetAtt attribute names: {@code /properties/Endpoint/Address} is {@code Endpoint.Address}. */
        Set<String> attributes() {
            return readOnlyProperties.stream().map(ProviderSchema::propertyPath).collect(Collectors.toSet());
        }

        /** A read-only pointer as the path of names into the resource's Properties. */
        static String propertyPath(String pointer) {
            return pointer.replaceFirst("^/properties/", "").replace('/', '.');
        }
    }
}
