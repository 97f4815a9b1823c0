package org.iiifgenerator.metadata;

import java.text.Normalizer;

/**
 * The one place that decides when two identifiers are the same.
 *
 * <p>NFC normalisation matters because macOS file systems hand out decomposed folder names (e + combining acute)
 * while spreadsheets usually store the composed character; without it such an object would silently lose its
 * metadata. Beyond that, matching stays exact and case-sensitive.
 */
final class Identifiers {

    private Identifiers() {
    }

    static String normalize(String identifier) {
        return Normalizer.normalize(identifier.strip(), Normalizer.Form.NFC);
    }
}
