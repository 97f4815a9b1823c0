package org.iiifgenerator.collection;

import java.nio.file.Path;

/** How many pages a local file holds (multi-page TIFF, PDF); 1 for ordinary images. */
@FunctionalInterface
public interface PageCounter {

    int count(Path file);
}
