package org.iiifgenerator.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.iiifgenerator.layout.OutputLayout;

/** The base URL a published folder was written for, read from its collection's id. */
final class PublishedBaseUrl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = "/" + OutputLayout.COLLECTION_KEY;

    private PublishedBaseUrl() {
    }

    /** The collection's id without {@code /collection/top.json}; null when it cannot be told. */
    static String of(Path collection) {
        try {
            JsonNode document = JSON.readTree(collection.toFile());
            String id = document.has("id") ? document.path("id").asText() : document.path("@id").asText();
            return id.endsWith(SUFFIX) ? id.substring(0, id.length() - SUFFIX.length()) : null;
        } catch (IOException | RuntimeException unreadable) {
            return null; // a hint only: the folder is served either way
        }
    }
}
