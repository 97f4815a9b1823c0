package org.iiifgenerator.collection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which files are page images, and which of them can hold several pages. */
public final class ImageFiles {

    private static final List<String> EXTENSIONS = List.of(
            "jpg", "jpeg", "jpe", "jp2", "j2k", "png", "tif", "tiff", "webp", "gif", "bmp", "heic", "heif", "avif",
            "jxl", "pdf");
    private static final Set<String> IMAGE_EXTENSIONS = Set.copyOf(EXTENSIONS);
    private static final Set<String> MULTI_PAGE_EXTENSIONS = Set.of("tif", "tiff", "pdf");

    private ImageFiles() {
    }

    /** @param name a file name or a '/'-separated key */
    public static boolean isImage(String name) {
        return IMAGE_EXTENSIONS.contains(extension(name));
    }

    /** The extensions of the files read as images, for messages: "jpg, jpeg, ... or pdf". */
    public static String extensionsRead() {
        return String.join(", ", EXTENSIONS.subList(0, EXTENSIONS.size() - 1)) + " or " + EXTENSIONS.getLast();
    }

    public static boolean mayHaveSeveralPages(String name) {
        return MULTI_PAGE_EXTENSIONS.contains(extension(name));
    }

    /** GIFs hold frames of an animation, not pages: only the first frame is published. */
    public static boolean isGif(String name) {
        return extension(name).equals("gif");
    }

    public static boolean isPdf(String name) {
        return extension(name).equals("pdf");
    }

    /** Hidden files and the metadata files macOS and Windows leave behind are never content. */
    public static boolean isHidden(String name) {
        String last = lastSegment(name);
        return last.startsWith(".") || last.equalsIgnoreCase("Thumbs.db") || last.equalsIgnoreCase("desktop.ini");
    }

    public static String baseName(String name) {
        String last = lastSegment(name);
        int dot = last.lastIndexOf('.');
        return dot > 0 ? last.substring(0, dot) : last;
    }

    static String extension(String name) {
        String last = lastSegment(name);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
