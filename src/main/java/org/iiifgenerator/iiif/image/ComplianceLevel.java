package org.iiifgenerator.iiif.image;

/**
 * What a client may ask of an image service. Our static services are level 0: only the tiles and sizes their
 * {@code info.json} lists exist. A service an image server runs from a page's pyramidal TIFF is level 2: any
 * region at any size.
 */
public enum ComplianceLevel {
    LEVEL0("level0"),
    LEVEL2("level2");

    private final String name;

    ComplianceLevel(String name) {
        this.name = name;
    }

    /** The Image API 3 profile, as a Presentation 3 service reference names it. */
    public String profile3() {
        return name;
    }

    /** The Image API 2 profile URI. */
    public String profile2() {
        return "http://iiif.io/api/image/2/" + name + ".json";
    }
}
