package org.iiifgenerator.collection;

/**
 * One page to publish: page {@code pageInFile} (0-based) of the source file {@code fileKey}, shown as page
 * {@code number} (1-based, counted across all files of the object) of the object whose storage key is
 * {@code objectKey}.
 *
 * @param fileLocation the file as the user knows it (a path or an s3:// URI), for messages and the report
 * @param fileVersion  the file's {@link org.iiifgenerator.storage.StoredFile#version() version} when it was listed
 */
public record SourcePage(String objectIdentifier, String objectKey, int number, String fileKey, String fileLocation,
                         String fileVersion, int pageInFile, int pagesInFile) {

    /** The file, plus the page within it when it has several, for log lines and the report. */
    public String source() {
        return pagesInFile > 1 ? fileLocation + " (page " + (pageInFile + 1) + " of " + pagesInFile + ")"
                : fileLocation;
    }
}
