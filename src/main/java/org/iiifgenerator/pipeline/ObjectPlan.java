package org.iiifgenerator.pipeline;

import java.util.List;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.metadata.ObjectMetadata;

/**
 * An object ready to be processed: its storage key, its CSV row (or an untitled one) and its pages in order.
 *
 * @param position place in the collection, which keeps the collection in source order whatever order
 *                 objects finish in
 * @param csvRow   the object's row in the CSV (0 for the first), or null without one: members of a collection
 *                 that grows by several runs are listed in CSV order
 * @param pages    the pages this run tiles: all of the object's, or a shard's part of them
 * @param whole    true when {@code pages} are all of the object's, so this run publishes its manifest; false for
 *                 a part, whose manifest is published when the parts are merged
 */
public record ObjectPlan(int position, Integer csvRow, String identifier, String key, ObjectMetadata metadata,
                         List<SourcePage> pages, boolean whole) {

    public ObjectPlan {
        pages = List.copyOf(pages);
    }
}
