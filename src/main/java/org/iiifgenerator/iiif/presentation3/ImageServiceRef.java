package org.iiifgenerator.iiif.presentation3;

/** The image service a painting body or thumbnail is drawn from. */
public record ImageServiceRef(String id, String type, String profile) {

    static ImageServiceRef level0(String id) {
        return new ImageServiceRef(id, "ImageService3", "level0");
    }
}
