package org.iiifgenerator.task;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.iiifgenerator.share.Share;
import org.iiifgenerator.iiif.presentation.Provider;
import org.iiifgenerator.layout.KeySegments;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.tiling.TilingSettings;

/**
 * One collection to publish: where its images and CSV are, where the output goes and under which public URL,
 * and how images are tiled. Images, CSV and output are each a local path or a place in an S3 bucket.
 *
 * @param csv        the metadata CSV, or null to publish with identifiers as labels
 * @param workFolder local scratch space for image services and fetched sources, or null for the output
 *                   storage's own staging area (where publishing is a rename) or else the system's temp folder
 * @param share      the part of the collection this run tiles: all of it, unless it is one of several shards
 * @param force      tile every page again, even those whose published service matches their source and settings
 * @param provider   who publishes the collection, named in its manifests; null when not configured
 * @param sharedCsv  the CSV describes more than this run publishes, as a task's does (the seed keeps one CSV per
 *                   box and runs one task per folder): its rows without images are expected, counted in one line
 *                   rather than warned about one by one
 * @param records    where the run records are kept (reports, provenance, shard records, the member cache): a
 *                   private place outside the output (see {@code RecordsLocation}), or the output itself when
 *                   they are published deliberately
 * @param publicCopies which public metadata files beside the collection are published
 */
public record Job(String collectionId, String collectionLabel, Location images, Location csv, Location output,
                  String baseUrl, String language, TilingSettings tiling, Path workFolder, Share share,
                  boolean force, boolean sharedCsv, Provider provider, Location records, PublicCopies publicCopies) {

    /**
     * The public metadata files a run publishes besides the manifests and the collection.
     *
     * @param index the search index, {@code collection/index.jsonl}
     * @param csv   a copy of the metadata CSV, {@code collection/<csv file>}
     */
    public record PublicCopies(boolean index, boolean csv) {

        public static final PublicCopies ALL = new PublicCopies(true, true);
    }

    /** The same job, tiling only {@code part} of the collection. */
    public Job withShare(Share part) {
        return new Job(collectionId, collectionLabel, images, csv, output, baseUrl, language, tiling, workFolder,
                part, force, sharedCsv, provider, records, publicCopies);
    }

    /** Whether the run records are published under the output root (as asked), rather than kept private. */
    public boolean recordsPublished() {
        return records.equals(output);
    }

    /**
     * The name of this run's records (its report, its shards' records) in the collection: its images folder,
     * which one task or local run publishes. Tasks of other folders into the same collection keep their own; a
     * run of the same folder again replaces them. An S3 folder gives its whole key (the seed's folders all end in
     * the same Access folder); a local folder only its own name, no path of the machine.
     */
    public String runName() {
        return runName(images);
    }

    /** The {@link #runName} of a run of the images in {@code images}. */
    public static String runName(Location images) {
        String folder = images.isLocal() ? images.name() : images.path().replaceAll("/+$", "");
        return KeySegments.of(!folder.isEmpty() ? folder : images.isLocal() ? "images" : images.bucket());
    }

    /** The settings worth recording in the report, to tell later what produced the output. */
    public Map<String, Object> describe() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("images", images.toString());
        settings.put("csv", csv == null ? null : csv.toString());
        settings.put("output", output.toString());
        settings.put("records", records.toString());
        settings.put("baseUrl", baseUrl);
        settings.put("iiifVersion", tiling.version().toString());
        settings.put("tileSize", tiling.tileSize());
        settings.put("tileFormat", tiling.format().extension());
        settings.put("quality", tiling.quality());
        settings.put("sizesMaxSide", tiling.sizesMaxSide());
        settings.put("pdfDpi", tiling.pdfDpi());
        settings.put("pyramidTiff", tiling.pyramidTiff().writesTiff() ? tiling.pyramidTiff().value() : null);
        settings.put("share", share.isAll() ? null : share.toString());
        settings.put("force", force ? true : null);
        settings.values().removeIf(Objects::isNull);
        return settings;
    }
}
