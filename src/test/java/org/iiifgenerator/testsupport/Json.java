package org.iiifgenerator.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.iiifgenerator.iiif.image.Size;

/** Reads written documents and expected fragments, for comparing JSON trees instead of strings. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static JsonNode parse(byte[] document) {
        try {
            return MAPPER.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + new String(document, StandardCharsets.UTF_8), e);
        }
    }

    public static JsonNode parse(String document) {
        return parse(document.getBytes(StandardCharsets.UTF_8));
    }

    /** The width and height of a canvas or image resource. */
    public static Size size(JsonNode resource) {
        return new Size(resource.path("width").asInt(), resource.path("height").asInt());
    }
}
