package org.iiifgenerator.pipeline;

import java.util.List;

/** Every object of a run, in collection order. */
public record CollectionPlan(List<ObjectPlan> objects) {

    public CollectionPlan {
        objects = List.copyOf(objects);
    }

    public int pageCount() {
        return objects.stream().mapToInt(o -> o.pages().size()).sum();
    }
}
