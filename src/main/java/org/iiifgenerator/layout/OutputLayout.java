package org.iiifgenerator.layout;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The key scheme of a published collection, kept from the system we replace so that migrated URLs stay
 * valid, and the public URL of every key:
 * <pre>
 *   &lt;object&gt;/manifest.json              one Manifest per object
 *   tiles/&lt;object&gt;-&lt;page&gt;/info.json       one level-0 image service per page (tiles, full/, sizes)
 *   collection/top.json                 the Collection: every member, whichever run published it
 *   collection/index.jsonl              one search-index record per member
 *   collection/summary.json             the collection as a whole: members, pages, bytes, last change, and
 *                                       the settings its documents were last written with
 *   collection/members/&lt;object&gt;.json    one record per published object (see {@code members})
 *   collection/&lt;csv file&gt;               each source CSV
 * </pre>
 * The run records keep the same scheme under a root of their own, outside the published one (see
 * {@link RecordsLocation}), as they name the machine's folders and files and the sources:
 * <pre>
 *   collection/members.json             every member record as last read, with its version: a rebuild reads
 *                                       only the records that changed since
 *   collection/reports/&lt;run&gt;.json       what each run did (a run is named after its images folder)
 *   collection/provenance/tiles/&lt;object&gt;-&lt;page&gt;.json
 *                                       what each image service was made from, published after its info.json:
 *                                       a rerun keeps the services whose source and settings are unchanged
 *   collection/shards/&lt;run&gt;/&lt;n&gt;.json    while an array job runs: what shard n published (removed when the
 *                                       shards are merged)
 * </pre>
 * Keys are relative to the output root (the run records' to theirs); the output root is served at {@code baseUrl}.
 */
public final class OutputLayout {

    public static final String COLLECTION_KEY = "collection/top.json";
    public static final String INDEX_KEY = "collection/index.jsonl";
    public static final String SUMMARY_KEY = "collection/summary.json";
    public static final String MEMBERS_FOLDER = "collection/members/";
    public static final String MEMBERS_CACHE_KEY = "collection/members.json";
    public static final String REPORTS_FOLDER = "collection/reports/";
    public static final String SHARDS_FOLDER = "collection/shards/";
    public static final String PROVENANCE_FOLDER = "collection/provenance/";
    public static final String TILES_FOLDER = "tiles";
    public static final String TIFF_FOLDER = "tiff";
    public static final String COLLECTION_FOLDER = "collection";

    private final String baseUrl;
    private final ImageServer imageServer;

    public OutputLayout(String baseUrl) {
        this(baseUrl, null);
    }

    /** @param imageServer the server of the pages' TIFFs, null when the pages are published as static services */
    public OutputLayout(String baseUrl, ImageServer imageServer) {
        this.baseUrl = validBaseUrl(baseUrl);
        this.imageServer = imageServer;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String manifestKey(String objectKey) {
        return objectKey + "/manifest.json";
    }

    public String imageServiceKey(String objectKey, int pageNumber) {
        return TILES_FOLDER + "/" + objectKey + "-" + pageNumber;
    }

    /**
     * The URL of a page's image service: its static service under the base URL, or the image server's service of
     * its TIFF.
     */
    public String imageServiceUrl(String objectKey, int pageNumber) {
        return imageServer == null ? url(imageServiceKey(objectKey, pageNumber))
                : imageServer.serviceUrl(pyramidTiffKey(objectKey, pageNumber));
    }

    /**
     * Where a page's pyramidal TIFF is published, {@code tiff/<object>-<page>.tif}: outside its image service, so
     * that an image server can be given the {@code tiff/} folder alone.
     */
    public String pyramidTiffKey(String objectKey, int pageNumber) {
        return TIFF_FOLDER + "/" + objectKey + "-" + pageNumber + ".tif";
    }

    /** Where the record of what the image service under {@code serviceKey} was made from is published. */
    public static String provenanceKey(String serviceKey) {
        return PROVENANCE_FOLDER + serviceKey + ".json";
    }

    /** The folder of the records of one array job's shards: two array jobs into one root keep theirs apart. */
    public static String shardsFolder(String run) {
        return SHARDS_FOLDER + run + "/";
    }

    public static String shardRecordKey(String run, int shard) {
        return shardsFolder(run) + shard + ".json";
    }

    /** The report of the run named {@code run} (see {@code Job.runName}). */
    public static String reportKey(String run) {
        return REPORTS_FOLDER + run + ".json";
    }

    public static String memberKey(String objectKey) {
        return MEMBERS_FOLDER + objectKey + ".json";
    }

    public String csvKey(String csvFileName) {
        return COLLECTION_FOLDER + "/" + KeySegments.of(csvFileName);
    }

    /** The public URL of a key: each segment percent-encoded as UTF-8, ',' kept for IIIF region/size syntax. */
    public String url(String key) {
        return baseUrl + "/" + encodePath(key);
    }

    /** A key as the path of a URL: each segment percent-encoded as UTF-8, '/' and ',' kept. */
    public static String encodePath(String key) {
        StringBuilder encoded = new StringBuilder(key.length() + 16);
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c) || c == '/' || c == ',') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String validBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("No base URL: set the public URL the output folder is served from "
                    + "(e.g. https://iiif.example.org/collection)");
        }
        String trimmed = baseUrl.strip().replaceAll("/+$", "");
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("Base URL '" + baseUrl + "' must be an http(s) URL with a host "
                        + "and no query or fragment, e.g. https://iiif.example.org/collection");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Base URL '" + baseUrl + "' is not a valid URL: " + e.getReason());
        }
        return trimmed;
    }
}
