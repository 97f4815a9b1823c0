package org.iiifgenerator.pipeline;

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
 * outcome in collection order. Whole objects were published by the part that tiled them; objects split across
 * parts are joined here, for their manifest to be published from the pages of all parts.
 */
public final class ShardMerger {

    /** Takes in the parts' reports; answers with the parts of each object, in collection order. */
    public List<List<ObjectOutcome>> partsByObject(@Body List<ShareRecord> records,
                                                   @ExchangeProperty(Run.PROPERTY) Run run) {
        records.forEach(record -> run.report().absorb(record.report()));
        Map<Integer, List<ObjectOutcome>> partsByPosition = new TreeMap<>();
        records.stream().flatMap(record -> record.objects().stream())
                .forEach(o -> partsByPosition.computeIfAbsent(o.position(), p -> new ArrayList<>()).add(o));
        return List.copyOf(partsByPosition.values());
    }

    /** True when one part tiled the whole object, and so has published its manifest. */
    public boolean publishedByOnePart(@Body List<ObjectOutcome> parts) {
        return parts.size() == 1 && parts.getFirst().whole();
    }

    /** The parts of one object as one whole: all their pages in order, counted together. */
    public ObjectOutcome joined(@Body List<ObjectOutcome> parts) {
        ObjectOutcome first = parts.getFirst();
        return new ObjectOutcome(first.position(), first.csvRow(), first.identifier(), first.key(), true,
                parts.stream().mapToInt(ObjectOutcome::pageCount).sum(),
                parts.stream().map(ObjectOutcome::description).filter(Objects::nonNull).findFirst().orElse(null),
                parts.stream().flatMap(part -> part.pages().stream())
                        .sorted(Comparator.comparingInt(page -> page.number())).toList());
    }
}
