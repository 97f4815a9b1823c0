package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

/**
 * Merges the records of a run's parts into what one run would have produced: one report, and every object's
 * outcome in collection order. Objects split across shards get their manifest here, from the pages of all parts;
 * whole objects were published by the part that tiled them.
 */
public final class ShardMerger {

    private final ManifestPublisher manifests;

    public ShardMerger(ManifestPublisher manifests) {
        this.manifests = manifests;
    }

    public List<ObjectOutcome> merge(@Body List<ShardRecord> records, @ExchangeProperty(Run.PROPERTY) Run run)
            throws IOException {
        records.forEach(record -> run.report().absorb(record.report()));
        Map<Integer, List<ObjectOutcome>> partsByPosition = new TreeMap<>();
        records.stream().flatMap(record -> record.objects().stream())
                .forEach(o -> partsByPosition.computeIfAbsent(o.position(), p -> new ArrayList<>()).add(o));
        List<ObjectOutcome> merged = new ArrayList<>();
        for (List<ObjectOutcome> parts : partsByPosition.values()) {
            merged.add(parts.size() == 1 && parts.getFirst().whole() ? parts.getFirst()
                    : manifests.publish(joined(parts), run));
        }
        return merged;
    }

    /** The parts of one object as one whole: all their pages in order, counted together. */
    static ObjectOutcome joined(List<ObjectOutcome> parts) {
        ObjectOutcome first = parts.getFirst();
        return new ObjectOutcome(first.position(), first.identifier(), first.key(), true,
                parts.stream().mapToInt(ObjectOutcome::pageCount).sum(),
                parts.stream().map(ObjectOutcome::description).filter(Objects::nonNull).findFirst().orElse(null),
                parts.stream().flatMap(part -> part.pages().stream())
                        .sorted(Comparator.comparingInt(page -> page.number())).toList());
    }
}
