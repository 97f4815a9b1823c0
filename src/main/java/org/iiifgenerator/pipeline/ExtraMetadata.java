package org.iiifgenerator.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.iiifgenerator.metadata.MetadataEntry;
import org.iiifgenerator.metadata.ObjectMetadata;

/**
 * The extra-metadata step (steps.extra-metadata): a user route answers, for one object, with label/value pairs
 * (a JSON object or a map) that its manifest lists after the CSV's columns. Values that are not text (numbers,
 * lists) are written as their JSON; an empty answer adds nothing.
 */
public final class ExtraMetadata implements AggregationStrategy {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Exchange aggregate(Exchange object, Exchange answer) {
        ObjectPlan plan = object.getMessage().getBody(ObjectPlan.class);
        List<MetadataEntry> extra = entries(answer.getMessage().getBody(), plan.identifier());
        if (!extra.isEmpty()) {
            object.getMessage().setBody(with(plan, extra));
        }
        return object;
    }

    private static List<MetadataEntry> entries(Object answer, String identifier) {
        JsonNode pairs = tree(answer, identifier);
        List<MetadataEntry> entries = new ArrayList<>();
        pairs.properties().forEach(pair -> {
            String value = pair.getValue().isValueNode() ? pair.getValue().asText() : pair.getValue().toString();
            if (!value.isBlank()) {
                entries.add(new MetadataEntry(pair.getKey(), value));
            }
        });
        return entries;
    }

    private static JsonNode tree(Object answer, String identifier) {
        if (answer == null || answer instanceof String text && text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode tree = answer instanceof Map<?, ?> map ? JSON.valueToTree(map) : JSON.readTree(answer.toString());
            if (!tree.isObject()) {
                throw new IllegalArgumentException("The extra-metadata step answered object '" + identifier
                        + "' with " + tree.getNodeType() + "; it must answer with a JSON object of label: value");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The extra-metadata step answered object '" + identifier
                    + "' with text that is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectPlan with(ObjectPlan plan, List<MetadataEntry> extra) {
        ObjectMetadata m = plan.metadata();
        List<MetadataEntry> entries = new ArrayList<>(m.metadata());
        entries.addAll(extra);
        return new ObjectPlan(plan.position(), plan.csvRow(), plan.identifier(), plan.key(), m.withMetadata(entries), plan.pages(),
                plan.whole());
    }
}
