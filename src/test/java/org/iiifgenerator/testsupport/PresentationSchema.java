package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The official IIIF Presentation 3 JSON Schema, the one the IIIF validator uses, kept in the test resources
 * ({@code schemas/iiif/}, whose README says where it comes from).
 */
public final class PresentationSchema {

    private static final String RESOURCE = "/schemas/iiif/presentation-3.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private PresentationSchema() {
    }

    /** Asserts a Manifest or Collection document validates, listing every violation when it does not. */
    public static JsonNode assertValid(Path document) {
        try {
            JsonNode json = JSON.readTree(document.toFile());
            List<Error> errors = SCHEMA.validate(json);
            assertThat(errors).as("Presentation 3 schema violations in %s", document)
                    .extracting(Error::toString).isEmpty();
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts every manifest ({@code <object>/manifest.json}) and the collection of an output folder validate. */
    public static void assertOutputValid(Path output) {
        try (Stream<Path> entries = Files.list(output)) {
            entries.map(entry -> entry.resolve("manifest.json")).filter(Files::isRegularFile)
                    .forEach(PresentationSchema::assertValid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertValid(output.resolve("collection/top.json"));
    }

    /** Asserts a Manifest or Collection document, given as bytes, validates; returns it parsed. */
    public static JsonNode assertValid(byte[] document, String name) {
        try {
            JsonNode json = JSON.readTree(document);
            assertThat(SCHEMA.validate(json)).as("Presentation 3 schema violations in %s", name)
                    .extracting(Error::toString).isEmpty();
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Violations of a document, for tests that prove the check can fail. */
    public static List<String> violations(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = PresentationSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The IIIF Presentation 3 schema " + RESOURCE + " is not on the test "
                        + "class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
