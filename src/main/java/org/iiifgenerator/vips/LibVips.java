package org.iiifgenerator.vips;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/** Downcalls into libvips (and the GLib functions it exports through its dependencies). */
final class LibVips {

    static final String LIBRARY_NAME = "libvips.so.42";

    /** Lookups through libvips' own handle also find GLib and GObject, which it links against. */
    private static final SymbolLookup LIBRARY = SymbolLookup.libraryLookup(LIBRARY_NAME, Arena.global());

    // Values of the C enums this binding passes or compares, as in the libvips 8.14 headers.
    static final int ACCESS_SEQUENTIAL = 1;
    static final int SIZE_FORCE = 3;
    static final int FAIL_ON_TRUNCATED = 1;
    static final int FORMAT_UCHAR = 0;
    static final int FORMAT_USHORT = 2;
    static final int FORMAT_DOUBLE = 8;
    static final int INTERPRETATION_CMYK = 15;
    static final int INTERPRETATION_RGB16 = 25;
    static final int INTENT_RELATIVE = 1;
    static final int INTERPRETATION_B_W = 1;
    static final int INTERPRETATION_SRGB = 22;
    static final int INTERPRETATION_GREY16 = 26;
    static final int INTERPRETATION_SCRGB = 28;
    /** VIPS_FOREIGN_DZ_CONTAINER_ZIP. */
    static final int DZ_CONTAINER_ZIP = 1;
    /** VIPS_FOREIGN_TIFF_COMPRESSION_JPEG. */
    static final int TIFF_COMPRESSION_JPEG = 1;

    static final VariadicFunction IMAGE_NEW_FROM_FILE = variadic("vips_image_new_from_file", FunctionDescriptor.of(ADDRESS, ADDRESS));
    static final VariadicFunction IMAGE_NEW_FROM_BUFFER = variadic("vips_image_new_from_buffer",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
    static final VariadicFunction THUMBNAIL = variadic("vips_thumbnail", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    static final VariadicFunction THUMBNAIL_IMAGE = variadic("vips_thumbnail_image", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    static final VariadicFunction COLOURSPACE = variadic("vips_colourspace", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    static final VariadicFunction ICC_TRANSFORM = variadic("vips_icc_transform",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    static final VariadicFunction CAST = variadic("vips_cast", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    static final VariadicFunction ARRAYJOIN = variadic("vips_arrayjoin", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    static final VariadicFunction EXTRACT_AREA = variadic("vips_extract_area",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    static final VariadicFunction COPY = variadic("vips_copy", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final VariadicFunction AUTOROT = variadic("vips_autorot", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final VariadicFunction FLATTEN = variadic("vips_flatten", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final VariadicFunction DZSAVE = variadic("vips_dzsave", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final VariadicFunction TIFFSAVE = variadic("vips_tiffsave", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final VariadicFunction AVG = variadic("vips_avg", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final VariadicFunction WRITE_TO_FILE = variadic("vips_image_write_to_file", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));

    private static final MethodHandle INIT = downcall("vips_init", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle VERSION_STRING = downcall("vips_version_string", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle CACHE_SET_MAX = downcall("vips_cache_set_max", FunctionDescriptor.ofVoid(JAVA_INT));
    private static final MethodHandle CONCURRENCY_SET = downcall("vips_concurrency_set", FunctionDescriptor.ofVoid(JAVA_INT));
    private static final MethodHandle ERROR_BUFFER_COPY = downcall("vips_error_buffer_copy", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle G_FREE = downcall("g_free", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle G_OBJECT_REF = downcall("g_object_ref", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle G_OBJECT_UNREF = downcall("g_object_unref", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle GET_WIDTH = imageToInt("vips_image_get_width");
    private static final MethodHandle GET_HEIGHT = imageToInt("vips_image_get_height");
    private static final MethodHandle GET_BANDS = imageToInt("vips_image_get_bands");
    private static final MethodHandle GET_FORMAT = imageToInt("vips_image_get_format");
    private static final MethodHandle GET_INTERPRETATION = imageToInt("vips_image_get_interpretation");
    private static final MethodHandle GET_PAGE_HEIGHT = imageToInt("vips_image_get_page_height");
    private static final MethodHandle HAS_ALPHA = imageToInt("vips_image_hasalpha");
    private static final MethodHandle COPY_MEMORY = downcall("vips_image_copy_memory", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle GET_TYPEOF = downcall("vips_image_get_typeof", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    private static final MethodHandle GET_INT = downcall("vips_image_get_int", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle GET_BLOB = downcall("vips_image_get_blob",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle ARRAY_DOUBLE_NEW = downcall("vips_array_double_new", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle AREA_UNREF = downcall("vips_area_unref", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle SET_INT = downcall("vips_image_set_int", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle NEW_FROM_MEMORY_COPY = downcall("vips_image_new_from_memory_copy",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle FOREIGN_FIND_LOAD = downcall("vips_foreign_find_load", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle FOREIGN_FIND_SAVE_TARGET = downcall("vips_foreign_find_save_target", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle INTERPRETATION_GET_TYPE = downcall("vips_interpretation_get_type", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle ENUM_NICK = downcall("vips_enum_nick", FunctionDescriptor.of(ADDRESS, JAVA_LONG, JAVA_INT));

    private LibVips() {
    }

    static int init(MemorySegment argv0) {
        return (int) NativeCall.invoke(INIT, argv0);
    }

    static String versionString() {
        return NativeCall.readString((MemorySegment) NativeCall.invoke(VERSION_STRING));
    }

    static void cacheSetMax(int max) {
        NativeCall.invoke(CACHE_SET_MAX, max);
    }

    static void concurrencySet(int concurrency) {
        NativeCall.invoke(CONCURRENCY_SET, concurrency);
    }

    /** Copies and clears libvips' error buffer; the copy is g_malloc'd and must go to {@link #gFree}. */
    static MemorySegment errorBufferCopy() {
        return (MemorySegment) NativeCall.invoke(ERROR_BUFFER_COPY);
    }

    static void gFree(MemorySegment pointer) {
        NativeCall.invoke(G_FREE, pointer);
    }

    static MemorySegment ref(MemorySegment object) {
        return (MemorySegment) NativeCall.invoke(G_OBJECT_REF, object);
    }

    static void unref(MemorySegment object) {
        NativeCall.invoke(G_OBJECT_UNREF, object);
    }

    static int width(MemorySegment image) {
        return (int) NativeCall.invoke(GET_WIDTH, image);
    }

    static int height(MemorySegment image) {
        return (int) NativeCall.invoke(GET_HEIGHT, image);
    }

    static int bands(MemorySegment image) {
        return (int) NativeCall.invoke(GET_BANDS, image);
    }

    static int format(MemorySegment image) {
        return (int) NativeCall.invoke(GET_FORMAT, image);
    }

    static int interpretation(MemorySegment image) {
        return (int) NativeCall.invoke(GET_INTERPRETATION, image);
    }


    static int pageHeight(MemorySegment image) {
        return (int) NativeCall.invoke(GET_PAGE_HEIGHT, image);
    }

    static boolean hasAlpha(MemorySegment image) {
        return (int) NativeCall.invoke(HAS_ALPHA, image) != 0;
    }

    /** Returns NULL on failure. */
    static MemorySegment copyMemory(MemorySegment image) {
        return (MemorySegment) NativeCall.invoke(COPY_MEMORY, image);
    }

    /**
     * An int metadata field, or {@code absent} when the image has none. The type is asked first: a failed get
     * would leave its message in libvips' error buffer, where it would be taken for a later error's reason.
     */
    static int intField(MemorySegment image, String name, int absent) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment field = arena.allocateFrom(name);
            if ((long) NativeCall.invoke(GET_TYPEOF, image, field) == 0) {
                return absent;
            }
            MemorySegment value = arena.allocate(JAVA_INT);
            return (int) NativeCall.invoke(GET_INT, image, field, value) == 0 ? value.get(JAVA_INT, 0) : absent;
        }
    }

    /**
     * A blob metadata field such as "icc-profile-data", or null when the image has none (asked by type first, as
     * {@link #intField} does). The bytes belong to the image: use them only while it is alive.
     */
    static MemorySegment blobField(MemorySegment image, String name, Arena arena) {
        MemorySegment field = arena.allocateFrom(name);
        if ((long) NativeCall.invoke(GET_TYPEOF, image, field) == 0) {
            return null;
        }
        MemorySegment data = arena.allocate(ADDRESS);
        MemorySegment length = arena.allocate(JAVA_LONG);
        if ((int) NativeCall.invoke(GET_BLOB, image, field, data, length) != 0) {
            return null;
        }
        return data.get(ADDRESS, 0).reinterpret(length.get(JAVA_LONG, 0));
    }

    /** A VipsArrayDouble, the type of options such as a background colour; {@link #areaUnref} frees it. */
    static MemorySegment arrayDouble(double... values) {
        try (Arena arena = Arena.ofConfined()) {
            return (MemorySegment) NativeCall.invoke(ARRAY_DOUBLE_NEW, arena.allocateFrom(JAVA_DOUBLE, values),
                    values.length);
        }
    }

    static void areaUnref(MemorySegment area) {
        NativeCall.invoke(AREA_UNREF, area);
    }

    static void setInt(MemorySegment image, MemorySegment name, int value) {
        NativeCall.invoke(SET_INT, image, name, value);
    }

    /** Returns NULL on failure. */
    static MemorySegment newFromMemoryCopy(MemorySegment data, int width, int height, int bands, int format) {
        return (MemorySegment) NativeCall.invoke(NEW_FROM_MEMORY_COPY, data, data.byteSize(), width, height, bands, format);
    }

    /** The loader libvips would pick for a file (e.g. "VipsForeignLoadPdfFile"), or null if none can load it. */
    static String foreignFindLoad(MemorySegment filename) {
        return NativeCall.readString((MemorySegment) NativeCall.invoke(FOREIGN_FIND_LOAD, filename));
    }

    /** The saver for a suffix such as ".jpg[Q=85]", or null if libvips has none. */
    static String foreignFindSaveTarget(MemorySegment suffix) {
        return NativeCall.readString((MemorySegment) NativeCall.invoke(FOREIGN_FIND_SAVE_TARGET, suffix));
    }

    static String interpretationNick(int interpretation) {
        long type = (long) NativeCall.invoke(INTERPRETATION_GET_TYPE);
        return NativeCall.readString((MemorySegment) NativeCall.invoke(ENUM_NICK, type, interpretation));
    }

    private static MethodHandle imageToInt(String name) {
        return downcall(name, FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(symbol(name), descriptor);
    }

    private static VariadicFunction variadic(String name, FunctionDescriptor fixedPart) {
        return new VariadicFunction(symbol(name), fixedPart);
    }

    private static MemorySegment symbol(String name) {
        return LIBRARY.find(name).orElseThrow(() -> new IllegalStateException(name + " not found in " + LIBRARY_NAME));
    }
}
