package org.iiifgenerator.collection;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which files are page images, and which of them can hold several pages. */
public final class ImageFiles {

    private static final Set<String> IMAGE_EXTENSIONS = Set.of(
            "jpg", "jpeg", "jpe", "jp2", "j2k", "png", "tif", "tiff", "webp", "gif", "bmp", "heic", "heif", "avif",
            "jxl", "pdf");
    private static final Set<String> MULTI_PAGE_EXTENSIONS = Set.of("tif", "tiff", "pdf");

    private ImageFiles() {
    }

    public static boolean isImage(Path file) {
        return IMAGE_EXTENSIONS.contains(extension(file));
    }

    public static boolean mayHaveSeveralPages(Path file) {
        return MULTI_PAGE_EXTENSIONS.contains(extension(file));
    }

    public static boolean isPdf(Path file) {
        return extension(file).equals("pdf");
    }

    /** Hidden files and the metadata files macOS and Windows leave behind are never content. */
    public static boolean isHidden(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini");
    }

    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
