package org.iiifgenerator.pipeline;

import java.util.List;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.metadata.ObjectMetadata;

/**
 * An object ready to be processed: its storage key, its CSV row (or an untitled one) and its pages in order.
 *
 * @param position place in the collection, which keeps the collection in source order whatever order
 *                 objects finish in
 */
public record ObjectPlan(int position, String identifier, String key, ObjectMetadata metadata,
                         List<SourcePage> pages) {

    public ObjectPlan {
        pages = List.copyOf(pages);
    }
}
