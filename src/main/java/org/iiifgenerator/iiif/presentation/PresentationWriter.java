package org.iiifgenerator.iiif.presentation;

import org.iiifgenerator.iiif.IiifVersion;

/** Writes manifests and the collection in one Presentation API version. */
public interface PresentationWriter {

    /**
     * Longest side a thumbnail should at least have (its shorter side at least half of it): the smallest
     * pre-rendered size that large is used, else the largest (see {@code ImageService.thumbnailSize}).
     */
    int THUMBNAIL_MIN_SIDE = 200;

    byte[] manifest(PublishedObject object, CollectionRef partOf);

    byte[] collection(CollectionDocument collection);

    /**
     * @param language BCP 47 tag of the CSV's text values, or "none" when unknown (Presentation 3 language maps)
     */
    static PresentationWriter forVersion(IiifVersion version, String language) {
        return version == IiifVersion.V3 ? new org.iiifgenerator.iiif.presentation3.Presentation3Writer(language)
                : new org.iiifgenerator.iiif.presentation2.Presentation2Writer();
    }
}
