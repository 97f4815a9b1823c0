package org.iiifgenerator.iiif;

/**
 * Which IIIF APIs a run writes: Image API 3 with Presentation API 3 (the default), or Image API 2 with
 * Presentation API 2.1 for viewers and harvesters that only speak the older versions.
 */
public enum IiifVersion {
    V3("3", "max"),
    V2("2", "full");

    private final String number;
    private final String maxSizeKeyword;

    IiifVersion(String number, String maxSizeKeyword) {
        this.number = number;
        this.maxSizeKeyword = maxSizeKeyword;
    }

    /** The size keyword of the largest available whole image: {@code full/max/…} (v3) or {@code full/full/…} (v2). */
    public String maxSizeKeyword() {
        return maxSizeKeyword;
    }

    /** Canonical size path segment of a pre-rendered size: {@code w,h} in v3, {@code w,} in v2. */
    public String sizeSegment(int width, int height) {
        return this == V3 ? width + "," + height : width + ",";
    }

    public static IiifVersion parse(String value) {
        String v = value == null ? "" : value.strip();
        return switch (v) {
            case "3", "3.0" -> V3;
            case "2", "2.1", "2.0" -> V2;
            default -> throw new IllegalArgumentException(
                    "IIIF version '" + value + "' is not supported: use 3 (Image/Presentation 3) or 2 (Image 2 / Presentation 2.1)");
        };
    }

    @Override
    public String toString() {
        return number;
    }
}
