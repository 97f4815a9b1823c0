package org.iiifgenerator.task;

/**
 * Our own options, which a task may set in its {@code environment} next to the {@link SeedVariable}s. Each one
 * is a configuration key of {@link JobFactory}, and its value is checked by the same rules.
 *
 * <table>
 * <caption>Options of iiif-generator in task files</caption>
 * <tr><th>Name</th><th>Configuration key</th><th>Values</th></tr>
 * <tr><td>IIIF_VERSION</td><td>iiif.version</td><td>3 (Image/Presentation 3) or 2 (Image 2.1 /
 *     Presentation 2.1)</td></tr>
 * <tr><td>TILE_SIZE</td><td>iiif.tile-size</td><td>tile width and height in pixels, 64-4096</td></tr>
 * <tr><td>TILE_FORMAT</td><td>iiif.tile-format</td><td>jpg or webp</td></tr>
 * <tr><td>QUALITY</td><td>iiif.quality</td><td>JPEG/WebP quality, 1-100</td></tr>
 * <tr><td>SIZES_MAX</td><td>iiif.sizes-max</td><td>longest side of the largest pre-rendered image,
 *     64-65535</td></tr>
 * <tr><td>PYRAMID_TIFF</td><td>iiif.pyramid-tiff</td><td>tiles (static tiles only), tiles+tiff (a pyramidal
 *     TIFF per page besides, for IIIF image servers) or tiff (TIFFs only, served by IMAGE_SERVER)</td></tr>
 * <tr><td>IMAGE_SERVER</td><td>iiif.image-server</td><td>with PYRAMID_TIFF=tiff, the base URL of the IIIF image
 *     server the manifests point at</td></tr>
 * <tr><td>PDF_DPI</td><td>iiif.pdf-dpi</td><td>resolution PDF pages are rendered at, 18-1200</td></tr>
 * <tr><td>LANGUAGE</td><td>iiif.language</td><td>BCP 47 language of the CSV's text, or none</td></tr>
 * <tr><td>COLLECTION_LABEL</td><td>iiif.collection-label</td><td>label of the collection</td></tr>
 * <tr><td>PROVIDER_LABEL</td><td>iiif.provider-label</td><td>name of the institution that publishes the
 *     collection</td></tr>
 * <tr><td>PROVIDER_HOMEPAGE</td><td>iiif.provider-homepage</td><td>its web site</td></tr>
 * <tr><td>PROVIDER_LOGO</td><td>iiif.provider-logo</td><td>URL of its logo image</td></tr>
 * <tr><td>FORCE</td><td>pipeline.force</td><td>true tiles every page again; false (the default) keeps the
 *     services an earlier run published from the same source file and settings</td></tr>
 * <tr><td>RECORDS</td><td>iiif.records</td><td>private place (s3:// URI or folder) under which the run
 *     records (reports, provenance) of each destination are kept; default: the task bucket's records/</td></tr>
 * <tr><td>PUBLISH_RECORDS</td><td>iiif.publish-records</td><td>true publishes the run records under the output
 *     root instead (anyone who can read the output can read them)</td></tr>
 * <tr><td>PUBLISH_INDEX</td><td>iiif.publish-index</td><td>false leaves out collection/index.jsonl</td></tr>
 * <tr><td>PUBLISH_CSV</td><td>iiif.publish-csv</td><td>false leaves out the copy of the CSV</td></tr>
 * <tr><td>DISPATCH</td><td>dispatch.mode</td><td>where the long-lived container has a task processed: local
 *     (itself), batch (an AWS Batch job) or lambda (one worker function invocation per object)</td></tr>
 * <tr><td>SHARDS</td><td>dispatch.shards</td><td>with DISPATCH=batch, the size of the array job the task is
 *     shared over (1-10000); 1 is one job</td></tr>
 * </table>
 *
 * A new option is one constant here; its value is checked by the parser {@link JobFactory} has for its key.
 */
public enum TaskOption {
    IIIF_VERSION(JobFactory.VERSION),
    TILE_SIZE(JobFactory.TILE_SIZE),
    TILE_FORMAT(JobFactory.TILE_FORMAT),
    QUALITY(JobFactory.QUALITY),
    SIZES_MAX(JobFactory.SIZES_MAX),
    PDF_DPI(JobFactory.PDF_DPI),
    PYRAMID_TIFF(JobFactory.PYRAMID_TIFF),
    IMAGE_SERVER(JobFactory.IMAGE_SERVER),
    LANGUAGE(JobFactory.LANGUAGE),
    COLLECTION_LABEL(JobFactory.COLLECTION_LABEL),
    PROVIDER_LABEL(JobFactory.PROVIDER_LABEL),
    PROVIDER_HOMEPAGE(JobFactory.PROVIDER_HOMEPAGE),
    PROVIDER_LOGO(JobFactory.PROVIDER_LOGO),
    FORCE(JobFactory.FORCE),
    RECORDS(JobFactory.RECORDS),
    PUBLISH_RECORDS(JobFactory.PUBLISH_RECORDS),
    PUBLISH_INDEX(JobFactory.PUBLISH_INDEX),
    PUBLISH_CSV(JobFactory.PUBLISH_CSV),
    DISPATCH(JobFactory.DISPATCH),
    SHARDS(JobFactory.SHARDS);

    private final String configurationKey;

    TaskOption(String configurationKey) {
        this.configurationKey = configurationKey;
    }

    public String configurationKey() {
        return configurationKey;
    }

    /** The option that sets a configuration key. */
    public static TaskOption of(String configurationKey) {
        for (TaskOption option : values()) {
            if (option.configurationKey.equals(configurationKey)) {
                return option;
            }
        }
        throw new IllegalArgumentException("No task option sets " + configurationKey);
    }
}
