package org.iiifgenerator.collection;

import java.nio.file.Path;
import java.util.List;

/**
 * An object found in the images folder: a sub-folder of page images (in natural order), or a loose image file
 * (one object, one or more pages).
 */
public record SourceObject(String identifier, List<Path> files) {

    public SourceObject {
        files = List.copyOf(files);
    }
}
