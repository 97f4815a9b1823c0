package org.iiifgenerator.iiif.presentation;

import java.util.List;

/**
 * Descriptive metadata of one object, ready for a manifest: {@code rights} is a Creative Commons or
 * RightsStatements.org URI, {@code navDate} an xsd:dateTime; either is null when absent or unusable.
 */
public record Description(String label, String summary, String rights, String requiredStatement, String navDate,
                          List<LabelledValue> metadata) {

    public Description {
        metadata = List.copyOf(metadata);
    }

    public record LabelledValue(String label, String value) {
    }
}
