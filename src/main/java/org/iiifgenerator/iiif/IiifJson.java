package org.iiifgenerator.iiif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper for IIIF documents: absent and empty properties are left out, output is indented. */
public final class IiifJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private IiifJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** On one line, as in a JSON Lines file (index.jsonl) or an event body. */
    public static String line(Object document) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + document.getClass().getSimpleName(), e);
        }
    }

    public static byte[] write(Object document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + document.getClass().getSimpleName(), e);
        }
    }
}
