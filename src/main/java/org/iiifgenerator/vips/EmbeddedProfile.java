package org.iiifgenerator.vips;

import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * What an image's embedded ICC profile asks for, decided with lcms before libvips is asked to convert: nothing
 * (no profile, or one this binding does not apply), nothing because it is sRGB already, a conversion, or nothing
 * because lcms refuses the profile ({@link #refusal} says why). Rendering intent and black-point compensation are
 * those {@link VipsImage#toSrgb} converts with, so that a profile accepted here is one libvips applies.
 */
record EmbeddedProfile(Verdict verdict, String refusal) {

    enum Verdict { NONE, SRGB, CONVERT, REFUSED }

    /**
     * A profile whose conversion to sRGB moves no sample by more than two 8-bit levels (on a 16-bit scale) is sRGB,
     * however it is named or made. The sRGB profiles in circulation (HP's, colord's, Artifex's) differ from lcms'
     * own by up to 1.4 levels, in the most saturated greens, from rounded primaries: less than JPEG tiles change,
     * while Adobe RGB, ProPhoto or a linear grey profile move samples by tens of levels.
     */
    static final int SRGB_TOLERANCE = 2 * 257;

    static final String FIELD = "icc-profile-data";

    private static final EmbeddedProfile NONE = new EmbeddedProfile(Verdict.NONE, null);
    private static final EmbeddedProfile SRGB = new EmbeddedProfile(Verdict.SRGB, null);
    private static final EmbeddedProfile CONVERT = new EmbeddedProfile(Verdict.CONVERT, null);

    private record Space(int signature, String name, int bands, int lcmsFormat) {
    }

    private static final Space RGB = new Space(Lcms.SIG_RGB, "RGB", 3, Lcms.TYPE_RGB_16);
    private static final Space GRAY = new Space(Lcms.SIG_GRAY, "grey", 1, Lcms.TYPE_GRAY_16);
    private static final Space CMYK = new Space(Lcms.SIG_CMYK, "CMYK", 4, Lcms.TYPE_CMYK_16);

    boolean converts() {
        return verdict == Verdict.CONVERT;
    }

    /** The verdict on {@code image}'s profile; only 8- and 16-bit RGB, grey and CMYK images are colour managed. */
    static EmbeddedProfile of(MemorySegment image) {
        int format = LibVips.format(image);
        Space space = spaceOf(LibVips.interpretation(image));
        if (space == null || (format != LibVips.FORMAT_UCHAR && format != LibVips.FORMAT_USHORT)) {
            return NONE;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = LibVips.blobField(image, FIELD, arena);
            if (data == null) {
                return NONE;
            }
            if (LibVips.bands(image) < space.bands()) {
                return refused("the image has " + LibVips.bands(image) + " bands, too few for " + space.name());
            }
            // libvips routes lcms' complaints into its own error buffer, where only a tracked call may leave text.
            return VipsErrors.tracked(() -> judge(data, space));
        }
    }

    private static Space spaceOf(int interpretation) {
        return switch (interpretation) {
            case LibVips.INTERPRETATION_SRGB, LibVips.INTERPRETATION_RGB16 -> RGB;
            case LibVips.INTERPRETATION_B_W, LibVips.INTERPRETATION_GREY16 -> GRAY;
            case LibVips.INTERPRETATION_CMYK -> CMYK;
            default -> null;
        };
    }

    private static EmbeddedProfile judge(MemorySegment data, Space space) {
        MemorySegment profile = Lcms.openProfile(data);
        if (profile.equals(MemorySegment.NULL)) {
            return refused("lcms cannot read it (corrupt or truncated, " + data.byteSize() + " bytes)");
        }
        try {
            int deviceClass = Lcms.deviceClass(profile);
            if (deviceClass == Lcms.CLASS_LINK || deviceClass == Lcms.CLASS_ABSTRACT
                    || deviceClass == Lcms.CLASS_NAMED_COLOR) {
                return refused("it is a device link, abstract or named-colour profile, not an image's colour space");
            }
            int signature = Lcms.colorSpace(profile);
            if (signature != space.signature()) {
                return refused("it describes " + spaceName(signature) + " colours, the image is " + space.name());
            }
            if (!Lcms.isIntentSupported(profile, Lcms.INTENT_RELATIVE_COLORIMETRIC, Lcms.USED_AS_INPUT)) {
                return refused("it has no relative colorimetric rendering");
            }
            return toSrgb(profile, space);
        } finally {
            Lcms.closeProfile(profile);
        }
    }

    private static EmbeddedProfile toSrgb(MemorySegment profile, Space space) {
        MemorySegment srgb = Lcms.createSrgbProfile();
        try {
            // Not optimised: lcms would precompute a 33x33x33 table (tens of milliseconds) for a few hundred colours.
            MemorySegment transform = Lcms.createTransform(profile, space.lcmsFormat(), srgb, Lcms.TYPE_RGB_16,
                    Lcms.INTENT_RELATIVE_COLORIMETRIC, Lcms.FLAGS_NOCACHE | Lcms.FLAGS_NOOPTIMIZE
                            | Lcms.FLAGS_BLACKPOINTCOMPENSATION);
            if (transform.equals(MemorySegment.NULL)) {
                return refused("lcms cannot make a conversion to sRGB from it");
            }
            try {
                return space != CMYK && changesNothing(transform, space) ? SRGB : CONVERT;
            } finally {
                Lcms.deleteTransform(transform);
            }
        } finally {
            Lcms.closeProfile(srgb);
        }
    }

    /** Runs a grid of colours (RGB) or a ramp (grey) through the conversion and compares with the input. */
    private static boolean changesNothing(MemorySegment transform, Space space) {
        int steps = space == RGB ? 9 : 257;
        int pixels = space == RGB ? steps * steps * steps : steps;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocate(JAVA_SHORT, (long) pixels * space.bands());
            MemorySegment out = arena.allocate(JAVA_SHORT, (long) pixels * 3);
            for (int p = 0; p < pixels; p++) {
                for (int b = 0; b < space.bands(); b++) {
                    int level = space == RGB ? (p / pow(steps, b)) % steps : p;
                    in.setAtIndex(JAVA_SHORT, (long) p * space.bands() + b, (short) (level * 65535 / (steps - 1)));
                }
            }
            Lcms.doTransform(transform, in, out, pixels);
            for (int p = 0; p < pixels; p++) {
                for (int b = 0; b < 3; b++) {
                    int expected = Short.toUnsignedInt(in.getAtIndex(JAVA_SHORT, (long) p * space.bands()
                            + (space == RGB ? b : 0)));
                    int actual = Short.toUnsignedInt(out.getAtIndex(JAVA_SHORT, (long) p * 3 + b));
                    if (Math.abs(actual - expected) > SRGB_TOLERANCE) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private static int pow(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    private static String spaceName(int signature) {
        StringBuilder name = new StringBuilder();
        for (int shift = 24; shift >= 0; shift -= 8) {
            int c = (signature >>> shift) & 0xFF;
            name.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return name.toString().strip();
    }

    private static EmbeddedProfile refused(String why) {
        return new EmbeddedProfile(Verdict.REFUSED, why);
    }
}
