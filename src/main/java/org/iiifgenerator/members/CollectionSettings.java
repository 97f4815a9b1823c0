package org.iiifgenerator.members;

import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.presentation.CollectionRef;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation.Provider;
import org.iiifgenerator.iiif.writers.PresentationWriters;
import org.iiifgenerator.layout.OutputLayout;

/**
 * How a collection's documents are written: its label, the base URL of its ids, the IIIF version, the language
 * of its text and its provider (or null). The summary keeps them, so that removing an object rebuilds the
 * documents as the last run wrote them.
 */
public record CollectionSettings(String label, String baseUrl, IiifVersion iiifVersion, String language,
                                 Provider provider) {

    OutputLayout layout() {
        return new OutputLayout(baseUrl);
    }

    CollectionRef ref() {
        return new CollectionRef(layout().url(OutputLayout.COLLECTION_KEY), label, provider);
    }

    PresentationWriter writer() {
        return PresentationWriters.forVersion(iiifVersion, language);
    }
}
