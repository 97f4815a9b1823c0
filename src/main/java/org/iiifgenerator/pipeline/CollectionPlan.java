package org.iiifgenerator.pipeline;

import java.util.List;

/**
 * The objects a run tiles, in collection order: all of them, or its share.
 *
 * @param fingerprint identifies the whole collection as listed (objects, files, sizes), the same in every run that
 *                    listed the same source: shards of one task must agree on it
 */
public record CollectionPlan(List<ObjectPlan> objects, String fingerprint) {

    public CollectionPlan {
        objects = List.copyOf(objects);
    }

    public int pageCount() {
        return objects.stream().mapToInt(o -> o.pages().size()).sum();
    }
}
