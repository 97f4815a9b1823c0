package org.iiifgenerator.task;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a task file strictly: the system we replace dropped whatever it did not expect, so a typo in a task
 * silently changed what was published. Here every field must be one we know, with the type we expect.
 *
 * <pre>
 * {"jobName": "...", "jobQueue": "...", "jobDefinition": "...", "command": "./createiiif.sh",
 *  "environment": [{"name": "ACCESS_DIR", "value": "..."}, ...]}
 * </pre>
 *
 * Values should be strings, as AWS Batch requires. A boolean or a whole number is taken as its text
 * ({@code false} as "false", {@code 512} as "512"), since its meaning is plain; a number with a fraction is
 * refused, because its text form may differ from what was written ({@code 2.10} would become "2.1").
 * Whether names and values make sense is checked later, by {@link TaskSpecs}.
 */
public final class TaskFileReader {

    /** Far above any real task (a few hundred bytes); stops a wrongly uploaded image from being parsed. */
    public static final int MAX_BYTES = 1024 * 1024;

    private static final String ENVIRONMENT = "environment";
    private static final List<String> TEXT_FIELDS = List.of("jobName", "jobQueue", "jobDefinition", "command");
    private static final Set<String> ENTRY_FIELDS = Set.of("name", "value");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public TaskFile read(InputStream in, String source) {
        JsonNode task = parse(boundedBytes(in, source), source);
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        task.fieldNames().forEachRemaining(field -> {
            if (!TEXT_FIELDS.contains(field) && !field.equals(ENVIRONMENT)) {
                unknown.add('"' + field + '"');
            }
        });
        if (!unknown.isEmpty()) {
            problems.add("unknown field " + String.join(", ", unknown) + ": a task has only jobName, jobQueue, "
                    + "jobDefinition, command and environment");
        }
        Map<String, String> text = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            JsonNode value = task.get(field);
            if (value == null) {
                continue;
            }
            if (value.isTextual()) {
                text.put(field, value.textValue());
            } else {
                problems.add(field + " is " + describe(value) + ", not a string");
            }
        }
        Map<String, String> environment = environment(task.get(ENVIRONMENT), problems);
        if (!problems.isEmpty()) {
            throw new InvalidTaskException(source, problems);
        }
        return new TaskFile(source, text.get("jobName"), text.get("jobQueue"), text.get("jobDefinition"),
                text.get("command"), environment);
    }

    private static Map<String, String> environment(JsonNode entries, List<String> problems) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (entries == null) {
            return environment;
        }
        if (!entries.isArray()) {
            problems.add(ENVIRONMENT + " is " + describe(entries)
                    + ", not an array of {\"name\": ..., \"value\": ...}");
            return environment;
        }
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int index = 0; index < entries.size(); index++) {
            String at = ENVIRONMENT + "[" + index + "]";
            JsonNode entry = entries.get(index);
            if (!entry.isObject()) {
                problems.add(at + " is " + describe(entry) + ", not {\"name\": ..., \"value\": ...}");
                continue;
            }
            entry.fieldNames().forEachRemaining(field -> {
                if (!ENTRY_FIELDS.contains(field)) {
                    problems.add(at + " has an unknown field \"" + field
                            + "\": an entry has only \"name\" and \"value\"");
                }
            });
            String name = name(entry.get("name"), at, problems);
            String value = value(entry.get("value"), name == null ? at : at + " (" + name + ")", problems);
            if (name == null) {
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(name, index);
            if (earlier != null) {
                problems.add(at + " repeats the name \"" + name + "\" of " + ENVIRONMENT + "[" + earlier + "]");
            } else if (value != null) {
                environment.put(name, value);
            }
        }
        return environment;
    }

    private static String name(JsonNode name, String at, List<String> problems) {
        if (name == null) {
            problems.add(at + " has no \"name\"");
        } else if (!name.isTextual()) {
            problems.add(at + " \"name\" is " + describe(name) + ", not a string");
        } else if (name.textValue().isBlank()) {
            problems.add(at + " has an empty \"name\"");
        } else {
            return name.textValue();
        }
        return null;
    }

    private static String value(JsonNode value, String at, List<String> problems) {
        if (value == null) {
            problems.add(at + " has no \"value\"");
        } else if (value.isTextual()) {
            return value.textValue();
        } else if (value.isBoolean() || value.isIntegralNumber()) {
            return value.asText();
        } else if (value.isNumber()) {
            problems.add(at + " \"value\" is the number " + value.asText() + ": write a number with a fraction "
                    + "as a string, e.g. \"" + value.asText() + "\"");
        } else {
            problems.add(at + " \"value\" is " + describe(value) + ", not a string");
        }
        return null;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NULL -> "null";
            case BOOLEAN -> "the boolean " + node.asText();
            case NUMBER -> "the number " + node.asText();
            default -> "'" + node.asText() + "'";
        };
    }

    private static JsonNode parse(byte[] bytes, String source) {
        JsonNode task;
        try {
            task = JSON.readTree(bytes);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidTaskException(source, "is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (task == null || task.isMissingNode()) {
            throw new InvalidTaskException(source, "is empty: a task is a JSON object with jobName, jobQueue, "
                    + "jobDefinition and environment");
        }
        if (!task.isObject()) {
            throw new InvalidTaskException(source, "is " + describe(task) + ", not a JSON object with jobName, "
                    + "jobQueue, jobDefinition and environment");
        }
        return task;
    }

    /** Reads at most one byte beyond the limit, so an oversized upload is refused without reading it all. */
    private static byte[] boundedBytes(InputStream in, String source) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidTaskException(source, "is larger than " + MAX_BYTES + " bytes (1 MiB): a task "
                        + "file is a small JSON object");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading task " + source + ": " + e.getMessage(), e);
        }
    }
}
