package org.iiifgenerator.iiif.presentation;

import java.util.List;
import org.iiifgenerator.iiif.image.ImageService;

/**
 * An object whose pages are published as image services, ready to be described by a manifest.
 *
 * @param objectUrl   base of the ids of the manifest's own resources (canvases, annotation pages)
 * @param manifestUrl where the manifest is published
 * @param pages       published pages in reading order
 */
public record PublishedObject(String identifier, String objectUrl, String manifestUrl, Description description,
                              List<PublishedPage> pages) {

    public PublishedObject {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("Object '" + identifier + "' has no published page");
        }
    }

    /** The label a person sees: the title, or the identifier when the CSV has none. */
    public String displayLabel() {
        return description.label() != null ? description.label() : identifier;
    }

    public ImageService coverImage() {
        return pages.getFirst().image();
    }

    /** A published page; its canvas label is "p. N" unless the CSV gives it one. */
    public record PublishedPage(int number, ImageService image, String label) {

        public PublishedPage {
            label = label == null || label.isBlank() ? "p. " + number : label;
        }

        public PublishedPage(int number, ImageService image) {
            this(number, image, null);
        }
    }
}
