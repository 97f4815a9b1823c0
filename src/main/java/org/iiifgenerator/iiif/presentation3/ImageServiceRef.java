package org.iiifgenerator.iiif.presentation3;

import org.iiifgenerator.iiif.image.ImageService;

/** The image service a painting body or thumbnail is drawn from. */
public record ImageServiceRef(String id, String type, String profile) {

    static ImageServiceRef of(ImageService service) {
        return new ImageServiceRef(service.id(), "ImageService3", service.level().profile3());
    }
}
