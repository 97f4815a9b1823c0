package org.iiifgenerator.iiif.presentation;

/** Writes manifests and the collection in one Presentation API version ({@code iiif.writers} picks it). */
public interface PresentationWriter {

    /**
     * Longest side a thumbnail should at least have (its shorter side at least half of it): the smallest
     * pre-rendered size that large is used, else the largest (see {@code ImageService.thumbnailSize}).
     */
    int THUMBNAIL_MIN_SIDE = 200;

    byte[] manifest(PublishedObject object, CollectionRef partOf);

    byte[] collection(CollectionDocument collection);
}
