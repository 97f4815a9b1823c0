package org.iiifgenerator.metadata;

import java.util.Set;

/**
 * The pages an object has, to check its page rows against: how many, and the names of the files whose first pages
 * they are (a page row may name a page by its file).
 */
public record ObjectPages(int count, Set<String> fileNames) {

    public ObjectPages {
        fileNames = Set.copyOf(fileNames);
    }
}
