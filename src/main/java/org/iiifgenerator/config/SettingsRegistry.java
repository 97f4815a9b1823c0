package org.iiifgenerator.config;

import static org.iiifgenerator.config.ValueParsers.httpUrl;
import static org.iiifgenerator.config.ValueParsers.number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.iiifgenerator.share.Share;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.tiling.PyramidTiff;
import org.iiifgenerator.tiling.TilingSettings;

/**
 * Every setting the application reads, in one place: its key, the default application.properties ships, how its
 * value is checked, the task-file field and command line option that set it, and one line on what it is for.
 * Java code names a key by its constant here; the YAML routes name it as a {@code {{placeholder}}}. A key is
 * overridden by its environment variable ({@link Setting#environmentVariable()}: {@code iiif.tile-size} by
 * {@code IIIF_TILE_SIZE}), a task's field ({@code TILE_SIZE}) and an option ({@code --tile-size}).
 * SettingsRegistryTest holds application.properties, the routes' placeholders, the command line and the
 * documentation's option tables to it.
 */
public final class SettingsRegistry {

    // What to publish
    public static final String IMAGES = "iiif.images";
    public static final String CSV = "iiif.csv";
    public static final String OUTPUT = "iiif.output";
    public static final String COLLECTION_ID = "iiif.collection-id";
    public static final String COLLECTION_LABEL = "iiif.collection-label";
    public static final String PROVIDER_LABEL = "iiif.provider-label";
    public static final String PROVIDER_HOMEPAGE = "iiif.provider-homepage";
    public static final String PROVIDER_LOGO = "iiif.provider-logo";
    // How it is published
    public static final String BASE_URL = "iiif.base-url";
    public static final String VERSION = "iiif.version";
    public static final String TILE_SIZE = "iiif.tile-size";
    public static final String TILE_FORMAT = "iiif.tile-format";
    public static final String QUALITY = "iiif.quality";
    public static final String SIZES_MAX = "iiif.sizes-max";
    public static final String PYRAMID_TIFF = "iiif.pyramid-tiff";
    public static final String IMAGE_SERVER = "iiif.image-server";
    public static final String PDF_DPI = "iiif.pdf-dpi";
    public static final String MAX_MEGAPIXELS = "iiif.max-megapixels";
    public static final String MAX_PAGES = "iiif.max-pages";
    public static final String LANGUAGE = "iiif.language";
    // Public and private
    public static final String RECORDS = "iiif.records";
    public static final String PUBLISH_RECORDS = "iiif.publish-records";
    public static final String PUBLISH_INDEX = "iiif.publish-index";
    public static final String PUBLISH_CSV = "iiif.publish-csv";
    // Tasks
    public static final String TASKS_BUCKET = "tasks.bucket";
    public static final String TASKS_PREFIX = "tasks.prefix";
    public static final String TASKS_QUEUE = "tasks.queue";
    public static final String MAX_TRIES = "tasks.max-tries";
    public static final String ALLOWED_BUCKETS = "tasks.allowed-buckets";
    public static final String LOCAL_OUTPUT = "tasks.local-output";
    public static final String INTAKE_ENABLED = "intake.enabled";
    public static final String HEARTBEAT_FILE = "health.heartbeat-file";
    public static final String S3_HEALTH_TIMEOUT_SECONDS = "observe.s3-timeout-seconds";
    // Extension
    public static final String ROUTES_DIR = "routes.dir";
    public static final String ROUTES_USER_PATTERN = "routes.user-pattern";
    public static final String IDENTIFIER_STEP = "steps.identifier";
    // Dispatch
    public static final String DISPATCH = "dispatch.mode";
    public static final String SHARDS = "dispatch.shards";
    public static final String BATCH_ATTEMPTS = "dispatch.batch.attempts";
    public static final String BATCH_TIMEOUT_SECONDS = "dispatch.batch.timeout-seconds";
    public static final String SHARD_GB = "dispatch.shard-gb";
    public static final String SPLIT_ABOVE_MB = "dispatch.split-above-mb";
    public static final String WORKER_FUNCTION = "dispatch.lambda.function";
    public static final String INVOCATION_TIMEOUT_SECONDS = "dispatch.lambda.invocation-timeout-seconds";
    // AWS
    public static final String AWS_REGION = "aws.region";
    public static final String AWS_ENDPOINT = "aws.endpoint";
    public static final String SQS_ENDPOINT = "aws.sqs.endpoint";
    public static final String BATCH_ENDPOINT = "aws.batch.endpoint";
    public static final String LAMBDA_ENDPOINT = "aws.lambda.endpoint";
    public static final String PATH_STYLE = "aws.path-style";
    public static final String CACHE_CONTROL_IMAGES = "aws.s3.cache-control-images";
    public static final String CACHE_CONTROL_JSON = "aws.s3.cache-control-json";
    public static final String S3_SSE = "aws.s3.sse";
    public static final String S3_KMS_KEY_ID = "aws.s3.kms-key-id";
    public static final String S3_MAX_ATTEMPTS = "aws.s3.max-attempts";
    public static final String S3_ATTEMPT_TIMEOUT_SECONDS = "aws.s3.attempt-timeout-seconds";
    public static final String S3_CALL_TIMEOUT_SECONDS = "aws.s3.call-timeout-seconds";
    public static final String SQS_MAX_ATTEMPTS = "aws.sqs.max-attempts";
    public static final String BATCH_MAX_ATTEMPTS = "aws.batch.max-attempts";
    public static final String LAMBDA_MAX_ATTEMPTS = "aws.lambda.max-attempts";
    // Resources
    public static final String PARALLEL_OBJECTS = "pipeline.parallel-objects";
    public static final String PARALLEL_IMAGES = "pipeline.parallel-images";
    public static final String PARALLEL_UPLOADS = "pipeline.parallel-uploads";
    public static final String WORK_DIR = "pipeline.work-dir";
    public static final String VIPS_CONCURRENCY = "vips.concurrency";
    public static final String FORCE = "pipeline.force";
    public static final String SHUTDOWN_TIMEOUT_SECONDS = "shutdown.timeout-seconds";

    /** Where a task is processed: by the container that found it, an AWS Batch job, or Lambda workers. */
    public static final List<String> DISPATCH_MODES = List.of("local", "batch", "lambda");

    /**
     * The defaults annotations need as constants (a bean's {@code @PropertyInject}, an option's help): the
     * entries below use the same constants, so each is written once.
     */
    public static final String PARALLEL_UPLOADS_DEFAULT = "2";

    /** Where each extension event is sent by default: a topic any number of user routes may consume. */
    private static Setting event(String name, String documentation) {
        return setting("events." + name, "seda:iiif-" + name + "?multipleConsumers=true&discardIfNoConsumers=true"
                + "&size=10000&blockWhenFull=true", documentation);
    }

    private static Setting setting(String key, String defaultValue, String documentation) {
        return new Setting(key, defaultValue, null, null, null, documentation);
    }

    private static Setting flag(String key, String defaultValue, String documentation) {
        return setting(key, defaultValue, documentation).checkedBy(ValueParsers::yesOrNo);
    }

    private static final List<Setting> ENTRIES = List.of(
            setting(IMAGES, "", "Folder of images: each sub-folder is an object, each loose image file one")
                    .checkedBy(LocalPaths::existingFolder).option("--images"),
            setting(CSV, "", "Metadata CSV (UTF-8, header row, an identifier column); optional")
                    .checkedBy(LocalPaths::readableFile).option("--csv"),
            setting(OUTPUT, "", "Output folder, served at iiif.base-url")
                    .checkedBy(LocalPaths::outputFolder).option("--out"),
            setting(COLLECTION_ID, "", "Collection identifier (default: the name of the images folder)")
                    .option("--collection-id"),
            setting(COLLECTION_LABEL, "", "Collection label (default: the identifier)")
                    .task("COLLECTION_LABEL").option("--collection-label"),
            setting(PROVIDER_LABEL, "", "Name of the institution that publishes the collection (manifests' provider)")
                    .task("PROVIDER_LABEL"),
            setting(PROVIDER_HOMEPAGE, "", "The provider's web site, required with its name")
                    .checkedBy(ValueParsers::httpUrl).task("PROVIDER_HOMEPAGE"),
            setting(PROVIDER_LOGO, "", "URL of the provider's logo image")
                    .checkedBy(ValueParsers::httpUrl).task("PROVIDER_LOGO"),

            setting(BASE_URL, "http://localhost:8000", "Public URL the output folder is served from")
                    .checkedBy(url -> new OutputLayout(url).baseUrl()).option("--base-url"),
            setting(VERSION, "3", "3: Image API 3 + Presentation API 3; 2: Image API 2.1 + Presentation API 2.1")
                    .checkedBy(IiifVersion::parse).task("IIIF_VERSION").option("--iiif-version"),
            setting(TILE_SIZE, "512", "Tile width and height in pixels")
                    .checkedBy(number(TilingSettings.TILE_SIZE)).task("TILE_SIZE").option("--tile-size"),
            setting(TILE_FORMAT, "jpg", "jpg, or webp (WebP tiles and sizes besides the JPEG ones)")
                    .checkedBy(TileFormat::parse).task("TILE_FORMAT").option("--tile-format"),
            setting(QUALITY, "85", "JPEG/WebP quality of tiles and pre-rendered sizes")
                    .checkedBy(number(TilingSettings.QUALITY)).task("QUALITY").option("--quality"),
            setting(SIZES_MAX, "2048", "Longest side of the largest pre-rendered whole image")
                    .checkedBy(number(TilingSettings.SIZES_MAX_SIDE)).task("SIZES_MAX").option("--sizes-max"),
            setting(PYRAMID_TIFF, "tiles", "tiles, tiles+tiff (a pyramidal TIFF per page besides) or tiff (no tiles)")
                    .checkedBy(PyramidTiff::parse).task("PYRAMID_TIFF").option("--pyramid-tiff"),
            setting(IMAGE_SERVER, "", "With pyramid-tiff tiff: the IIIF image server the manifests point at")
                    .checkedBy(url -> httpUrl(url).replaceAll("/+$", "")).task("IMAGE_SERVER")
                    .option("--image-server"),
            setting(PDF_DPI, "300", "Resolution PDF pages are rendered at")
                    .checkedBy(number(TilingSettings.PDF_DPI)).task("PDF_DPI").option("--pdf-dpi"),
            setting(MAX_MEGAPIXELS, "2000", "Largest page accepted, in megapixels")
                    .checkedBy(number(TilingSettings.MAX_MEGAPIXELS)),
            setting(MAX_PAGES, "2000", "Most pages taken from one multi-page TIFF or PDF")
                    .checkedBy(number(TilingSettings.MAX_PAGES)),
            setting(LANGUAGE, "none", "BCP 47 language of the CSV's text, or none")
                    .checkedBy(ValueParsers::language).task("LANGUAGE").option("--language"),

            setting(RECORDS, "", "Private place of the run records (reports, provenance), outside the output")
                    .checkedBy(ValueParsers::recordsPlace).task("RECORDS").option("--records"),
            flag(PUBLISH_RECORDS, "false", "true keeps the run records under the output, published with it")
                    .task("PUBLISH_RECORDS").option("--publish-records"),
            flag(PUBLISH_INDEX, "true", "false leaves out the search index collection/index.jsonl")
                    .task("PUBLISH_INDEX"),
            flag(PUBLISH_CSV, "true", "false leaves out the published copy of the metadata CSV")
                    .task("PUBLISH_CSV"),

            setting(TASKS_BUCKET, "", "Bucket of the task files `run` listens for").option("--tasks-bucket"),
            setting(TASKS_PREFIX, "", "Folder of the task files in the bucket, ending with '/'")
                    .option("--tasks-prefix"),
            setting(TASKS_QUEUE, "", "SQS queue (name or ARN) of the task bucket's S3 event notifications")
                    .option("--tasks-queue"),
            setting("tasks.poll-delay-ms", "5000", "Milliseconds between two polls of the task bucket"),
            setting(MAX_TRIES, "10", "Tries a task gets while S3 or AWS Batch is unavailable; 0 or empty: no end"),
            setting("tasks.queue-wait-seconds", "20", "Seconds a receive waits for a notification (at most 20)"),
            setting("tasks.queue-visibility-seconds", "300", "Seconds a received notification stays hidden"),
            setting(ALLOWED_BUCKETS, "", "Buckets tasks may read from and publish to; empty: any"),
            setting(LOCAL_OUTPUT, "output", "Where a task with UPLOAD_BOOL=false keeps its output"),
            flag(INTAKE_ENABLED, "false", "Set by `run`: only the long-lived container listens for tasks"),
            setting(HEARTBEAT_FILE, "", "File the long-lived container touches for its health check"),
            setting("health.heartbeat-ms", "10000", "Milliseconds between two touches of the heartbeat file"),

            setting("observe.port", "8080", "Port of the health and metrics endpoints; 0: any free port"),
            setting("observe.host", "0.0.0.0", "Address the health and metrics endpoints listen on"),
            setting(S3_HEALTH_TIMEOUT_SECONDS, "5", "Seconds readiness waits for the task bucket and queue"),

            setting(ROUTES_DIR, "routes", "Folder of user routes (*.camel.yaml) loaded next to the application's"),
            setting(ROUTES_USER_PATTERN, null, "Set at start: the pattern that loads the user routes of routes.dir"),
            event("image-tiled", "Endpoint an event is sent to when an image is tiled"),
            event("image-failed", "Endpoint an event is sent to when an image fails"),
            event("manifest-published", "Endpoint an event is sent to when a manifest is published"),
            event("task-completed", "Endpoint an event is sent to when a task completes"),
            event("task-failed", "Endpoint an event is sent to when a task fails"),
            setting(IDENTIFIER_STEP, "", "User route endpoint that names each object (the naming rule); empty: none"),
            setting("steps.extra-metadata", "", "User route endpoint that adds metadata to each object; empty: none"),

            setting(DISPATCH, "local", "Where the long-lived container has a task processed: local, batch or lambda")
                    .checkedBy(ValueParsers.oneOf(DISPATCH_MODES)).task("DISPATCH").option("--dispatch"),
            setting(SHARDS, null, "Set by a task only: the size of the array job a batch task is shared over")
                    .checkedBy(number("shards", 1, Share.MAX_SHARDS)).task("SHARDS"),
            setting(BATCH_ATTEMPTS, "2", "How often an AWS Batch job is tried (1-10)"),
            setting(BATCH_TIMEOUT_SECONDS, "86400", "How long one try of an AWS Batch job may run, in seconds"),
            setting(SHARD_GB, "0", "GB of source images per shard of a task without SHARDS; 0: one job per task"),
            setting(SPLIT_ABOVE_MB, "0", "Source MB above which an object is split across shards; 0: a fair share"),
            setting(WORKER_FUNCTION, "", "The Lambda worker function (name or ARN) of dispatch lambda")
                    .option("--worker-function"),
            setting("dispatch.lambda.concurrency", "16", "Worker invocations in flight at once"),
            setting("dispatch.lambda.retries", "2", "How often a failed worker invocation is tried again"),
            setting("dispatch.lambda.retry-delay-ms", "1000", "First delay before a failed invocation is retried"),
            setting(INVOCATION_TIMEOUT_SECONDS, "960", "Seconds one worker invocation may go unanswered"),

            setting(AWS_REGION, "", "Region of the buckets and queue; empty: the SDK's default chain"),
            setting(AWS_ENDPOINT, "", "An S3-compatible endpoint instead of AWS"),
            setting(SQS_ENDPOINT, "", "An SQS-compatible endpoint instead of AWS"),
            setting(BATCH_ENDPOINT, "", "An AWS Batch endpoint instead of AWS (tests, emulators)"),
            setting(LAMBDA_ENDPOINT, "", "A Lambda endpoint instead of AWS (tests, emulators)"),
            flag(PATH_STYLE, "false", "Path-style bucket addressing (most S3-compatible servers)"),
            setting(CACHE_CONTROL_IMAGES, "public, max-age=31536000, immutable", "Cache-Control of published images"),
            setting(CACHE_CONTROL_JSON, "public, max-age=300", "Cache-Control of published JSON documents"),
            setting(S3_SSE, "", "Server-side encryption of published objects: empty, AES256 or aws:kms"),
            setting(S3_KMS_KEY_ID, "", "The KMS key of aws:kms encryption"),
            setting(S3_MAX_ATTEMPTS, "8", "Attempts of one S3 request, the first included"),
            setting(S3_ATTEMPT_TIMEOUT_SECONDS, "120", "Seconds one S3 attempt may take"),
            setting(S3_CALL_TIMEOUT_SECONDS, "600", "Seconds one S3 request may take with all its attempts"),
            setting(SQS_MAX_ATTEMPTS, "8", "Attempts of one SQS request"),
            setting(BATCH_MAX_ATTEMPTS, "3", "Attempts of one AWS Batch request"),
            setting(LAMBDA_MAX_ATTEMPTS, "3", "Attempts of one Lambda request"),

            setting(PARALLEL_OBJECTS, "2", "Objects processed at the same time")
                    .checkedBy(number("parallel objects", 1, 1000)).option("--parallel-objects"),
            setting(PARALLEL_IMAGES, "2", "Page images tiled at the same time, across all objects")
                    .checkedBy(number("parallel images", 1, 1000)).option("--parallel-images"),
            setting(PARALLEL_UPLOADS, PARALLEL_UPLOADS_DEFAULT, "Image services uploaded at the same time")
                    .checkedBy(number("parallel uploads", 1, 1000)).option("--parallel-uploads"),
            setting(WORK_DIR, "", "Scratch folder of image services before they are published")
                    .checkedBy(LocalPaths::writableFolder).option("--work-dir"),
            setting(VIPS_CONCURRENCY, "0", "Threads libvips uses per image; 0: one per CPU core")
                    .checkedBy(number("libvips threads", 0, 1024)).option("--vips-concurrency"),
            flag(FORCE, "false", "true tiles every page again, even those an earlier run published unchanged")
                    .task("FORCE").option("--force"),
            setting(SHUTDOWN_TIMEOUT_SECONDS, "20", "Seconds pages in flight may finish after a stop signal"));

    private static final Map<String, Setting> BY_KEY = byKey();

    private SettingsRegistry() {
    }

    private static Map<String, Setting> byKey() {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (Setting setting : ENTRIES) {
            if (settings.put(setting.key(), setting) != null) {
                throw new IllegalStateException("Setting " + setting.key() + " is registered twice");
            }
        }
        return settings;
    }

    /** Every setting, in the order of application.properties. */
    public static List<Setting> all() {
        return ENTRIES;
    }

    public static Optional<Setting> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /**
     * The parser of a key whose value has a format (a version, a number in range...), empty for free text; it
     * throws an IllegalArgumentException that says what is wrong and what is allowed.
     */
    public static Optional<Function<String, ?>> valueParser(String key) {
        return find(key).flatMap(Setting::valueParser);
    }

    /** The setting a task file's field sets (TILE_SIZE: iiif.tile-size), if it is one of ours. */
    public static Optional<Setting> ofTaskField(String field) {
        return ENTRIES.stream().filter(setting -> field.equals(setting.taskField())).findFirst();
    }
}
