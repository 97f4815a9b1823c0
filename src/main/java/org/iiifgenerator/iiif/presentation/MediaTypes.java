package org.iiifgenerator.iiif.presentation;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** The {@code format} of a linked file, told by its name's extension, since nothing fetches it to ask. */
public final class MediaTypes {

    /** Media types of the files a link most often points to, by file name extension. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("xml", "application/xml"),
            Map.entry("json", "application/json"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("rdf", "application/rdf+xml"),
            Map.entry("ttl", "text/turtle"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("zip", "application/zip"),
            Map.entry("epub", "application/epub+zip"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("jp2", "image/jp2"),
            Map.entry("webp", "image/webp"));

    private MediaTypes() {
    }

    /** The media type the URL's file name extension stands for, or null when it has none that is known. */
    public static String ofUrl(String url) {
        String path = URI.create(url).getPath();
        int dot = path == null ? -1 : path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return null;
        }
        return FORMATS.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
