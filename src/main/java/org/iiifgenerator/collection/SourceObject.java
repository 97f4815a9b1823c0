package org.iiifgenerator.collection;

import java.util.List;

/**
 * An object found in the source: a folder of page images (in natural order), or a loose image file (one
 * object, one or more pages). Files are keys relative to the source's root.
 */
public record SourceObject(String identifier, List<String> files) {

    public SourceObject {
        files = List.copyOf(files);
    }
}
