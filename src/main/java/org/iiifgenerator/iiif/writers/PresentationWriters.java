package org.iiifgenerator.iiif.writers;

import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation2.Presentation2Writer;
import org.iiifgenerator.iiif.presentation3.Presentation3Writer;

/**
 * The writer of a Presentation API version. It lives above the versions' packages so that they depend on the
 * common model of {@code iiif.presentation} and not the other way round.
 */
public final class PresentationWriters {

    private PresentationWriters() {
    }

    /**
     * @param language BCP 47 tag of the CSV's text values, or "none" when unknown (Presentation 3 language maps)
     */
    public static PresentationWriter forVersion(IiifVersion version, String language) {
        return version == IiifVersion.V3 ? new Presentation3Writer(language) : new Presentation2Writer();
    }
}
