package org.iiifgenerator.layout;

/**
 * The IIIF image server (Cantaloupe, IIPImage, serverless-iiif...) that serves the pages from their pyramidal
 * TIFFs when no static tiles are published. A page's image service is {@code <url>/<identifier>}, the identifier
 * being the TIFF's key in its bucket without {@code .tif} (relative to the output folder when that is local), as
 * one URL path segment ({@code /} written {@code %2F}, as the Image API requires). serverless-iiif resolves such
 * identifiers as they are; Cantaloupe and IIPImage with {@code .tif} as their path suffix.
 *
 * @param url       the server's base URL for this API version, e.g. {@code https://iiif.example.org/iiif/3}
 * @param keyPrefix the output's key prefix in its bucket, with a trailing {@code /}; empty for a local output
 */
public record ImageServer(String url, String keyPrefix) {

    private static final String TIFF_SUFFIX = ".tif";

    /** The image service of the page whose TIFF is published under {@code tiffKey} (relative to the output). */
    public String serviceUrl(String tiffKey) {
        String key = keyPrefix + tiffKey;
        if (key.endsWith(TIFF_SUFFIX)) {
            key = key.substring(0, key.length() - TIFF_SUFFIX.length());
        }
        return url + "/" + OutputLayout.encodePath(key).replace("/", "%2F");
    }
}
