package org.iiifgenerator.iiif.presentation;

import java.util.List;

/** The collection of every published object, in the order they are listed. */
public record CollectionDocument(CollectionRef ref, List<PublishedObject> objects) {

    public CollectionDocument {
        objects = List.copyOf(objects);
    }
}
