package org.iiifgenerator.vips;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * Downcalls into Little CMS 2, the colour engine libvips' {@code icc_transform} runs on (found through libvips'
 * handle, like GLib). Used to ask, before libvips is, whether lcms accepts an embedded profile: libvips 8.14
 * replaces a profile it refuses with its built-in one and says so only on stderr.
 */
final class Lcms {

    private static final SymbolLookup LIBRARY = SymbolLookup.libraryLookup(LibVips.LIBRARY_NAME, Arena.global());

    // Values from lcms2.h.
    static final int SIG_RGB = 0x52474220;
    static final int SIG_GRAY = 0x47524159;
    static final int SIG_CMYK = 0x434D594B;
    static final int CLASS_LINK = 0x6C696E6B;
    static final int CLASS_ABSTRACT = 0x61627374;
    static final int CLASS_NAMED_COLOR = 0x6E6D636C;
    static final int INTENT_RELATIVE_COLORIMETRIC = 1;
    static final int USED_AS_INPUT = 0;
    static final int FLAGS_NOCACHE = 0x0040;
    static final int FLAGS_NOOPTIMIZE = 0x0100;
    static final int FLAGS_BLACKPOINTCOMPENSATION = 0x2000;
    /** TYPE_RGB_16, TYPE_GRAY_16, TYPE_CMYK_16: colour space, channels and 2 bytes per sample. */
    static final int TYPE_RGB_16 = (4 << 16) | (3 << 3) | 2;
    static final int TYPE_GRAY_16 = (3 << 16) | (1 << 3) | 2;
    static final int TYPE_CMYK_16 = (6 << 16) | (4 << 3) | 2;

    private static final MethodHandle OPEN_PROFILE_FROM_MEM = downcall("cmsOpenProfileFromMem",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle CLOSE_PROFILE = downcall("cmsCloseProfile", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle GET_COLOR_SPACE = downcall("cmsGetColorSpace", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle GET_DEVICE_CLASS = downcall("cmsGetDeviceClass", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle IS_INTENT_SUPPORTED = downcall("cmsIsIntentSupported",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle CREATE_SRGB_PROFILE = downcall("cmsCreate_sRGBProfile", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle CREATE_TRANSFORM = downcall("cmsCreateTransform",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle DO_TRANSFORM = downcall("cmsDoTransform",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle DELETE_TRANSFORM = downcall("cmsDeleteTransform", FunctionDescriptor.ofVoid(ADDRESS));

    private Lcms() {
    }

    /** NULL when lcms cannot parse the bytes. */
    static MemorySegment openProfile(MemorySegment data) {
        return (MemorySegment) NativeCall.invoke(OPEN_PROFILE_FROM_MEM, data, (int) data.byteSize());
    }

    static void closeProfile(MemorySegment profile) {
        NativeCall.invoke(CLOSE_PROFILE, profile);
    }

    static int colorSpace(MemorySegment profile) {
        return (int) NativeCall.invoke(GET_COLOR_SPACE, profile);
    }

    static int deviceClass(MemorySegment profile) {
        return (int) NativeCall.invoke(GET_DEVICE_CLASS, profile);
    }

    static boolean isIntentSupported(MemorySegment profile, int intent, int direction) {
        return (int) NativeCall.invoke(IS_INTENT_SUPPORTED, profile, intent, direction) != 0;
    }

    static MemorySegment createSrgbProfile() {
        return (MemorySegment) NativeCall.invoke(CREATE_SRGB_PROFILE);
    }

    /** NULL when lcms cannot link the two profiles. */
    static MemorySegment createTransform(MemorySegment in, int inFormat, MemorySegment out, int outFormat, int intent,
                                         int flags) {
        return (MemorySegment) NativeCall.invoke(CREATE_TRANSFORM, in, inFormat, out, outFormat, intent, flags);
    }

    static void doTransform(MemorySegment transform, MemorySegment in, MemorySegment out, int pixels) {
        NativeCall.invoke(DO_TRANSFORM, transform, in, out, pixels);
    }

    static void deleteTransform(MemorySegment transform) {
        NativeCall.invoke(DELETE_TRANSFORM, transform);
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = LIBRARY.find(name)
                .orElseThrow(() -> new IllegalStateException(name + " not found through " + LibVips.LIBRARY_NAME));
        return Linker.nativeLinker().downcallHandle(symbol, descriptor);
    }
}
