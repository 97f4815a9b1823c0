package org.iiifgenerator.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.members.IndexRecord;

/**
 * What became of an object, or of a shard's part of it: the pages whose image services are published. A whole
 * object with published pages has its manifest; a part's manifest is written when the parts are merged. Parts
 * travel between shards and the merge as JSON (in shard records and Lambda answers).
 *
 * @param position    place in the collection (see {@link ObjectPlan})
 * @param csvRow      the object's row in the CSV, or null (see {@link ObjectPlan})
 * @param whole       false for a part: the pages of some of the object's files
 * @param pageCount   the pages this outcome is about, published or failed
 * @param description for the manifest; null for a whole object that failed
 * @param pages       published pages, in page order
 */
@JsonPropertyOrder({"position", "csvRow", "identifier", "key", "whole", "pageCount", "description", "pages"})
public record ObjectOutcome(int position, Integer csvRow, String identifier, String key, boolean whole, int pageCount,
                            Description description, List<PublishedPage> pages) {

    public ObjectOutcome {
        pages = List.copyOf(pages);
    }

    static ObjectOutcome failed(ObjectPlan plan) {
        return new ObjectOutcome(plan.position(), plan.csvRow(), plan.identifier(), plan.key(), plan.whole(), plan.pages().size(),
                null, List.of());
    }

    static ObjectOutcome of(ObjectPlan plan, Description description, List<PublishedPage> pages) {
        return new ObjectOutcome(plan.position(), plan.csvRow(), plan.identifier(), plan.key(), plan.whole(), plan.pages().size(),
                description, pages);
    }

    /** True when the object's manifest is published (a whole object with at least one page). */
    boolean hasManifest() {
        return whole && !pages.isEmpty();
    }

    /** The object's line in index.jsonl, when its manifest is published. */
    public Optional<IndexRecord> indexRecord(OutputLayout layout) {
        return hasManifest() ? Optional.of(IndexRecord.of(toPublished(layout))) : Optional.empty();
    }

    /** The object as its manifest describes it, its ids from {@code layout}. */
    PublishedObject toPublished(OutputLayout layout) {
        return new PublishedObject(identifier, layout.url(key), layout.url(layout.manifestKey(key)), description,
                pages);
    }
}
