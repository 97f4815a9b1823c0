package org.iiifgenerator.collection;

import java.nio.file.Path;

/**
 * One page to publish: page {@code pageInFile} (0-based) of {@code file}, shown as page {@code number}
 * (1-based, counted across all files of the object) of the object whose storage key is {@code objectKey}.
 */
public record SourcePage(String objectIdentifier, String objectKey, int number, Path file, int pageInFile,
                         int pagesInFile) {

    /** The file, plus the page within it when it has several, for log lines and the report. */
    public String source() {
        return pagesInFile > 1 ? file + " (page " + (pageInFile + 1) + " of " + pagesInFile + ")" : file.toString();
    }
}
