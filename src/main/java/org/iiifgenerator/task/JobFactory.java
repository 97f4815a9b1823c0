package org.iiifgenerator.task;

import static org.iiifgenerator.config.SettingsRegistry.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.iiifgenerator.config.LocalPaths;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.share.Share;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.iiif.presentation.Provider;
import org.iiifgenerator.layout.RecordsLocation;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.tiling.PyramidTiff;
import org.iiifgenerator.tiling.TilingSettings;

/**
 * Builds a {@link Job} from configuration and checks it before any work starts: every problem is collected, so
 * one run tells the user everything to fix.
 */
public final class JobFactory {

    /** The settings of the process's resources, used before any job: Camel's thread pools and libvips. */
    private static final List<String> RESOURCES = List.of(PARALLEL_OBJECTS, PARALLEL_IMAGES, PARALLEL_UPLOADS,
            VIPS_CONCURRENCY);

    /** The job configured for this Camel context (application.properties, environment, command line). */
    public Job fromConfiguration(CamelContext context) {
        return fromSettings(configuration(context));
    }

    /**
     * The configuration of a Camel context, whose problems name the environment variable or system property that
     * set a key (command line options are checked by their commands).
     */
    public static Settings configuration(CamelContext context) {
        return Settings.ofProcess(key -> context.getPropertiesComponent().resolveProperty(key), System.getenv(),
                System.getProperties());
    }

    /**
     * Checks the settings of the process's resources (threads, libvips), which are used as soon as the application
     * starts: all problems at once.
     */
    public static void checkResources(Settings settings) {
        List<String> problems = new ArrayList<>();
        RESOURCES.forEach(key -> check(problems, () -> parsed(settings, key, Integer.class)));
        if (!problems.isEmpty()) {
            throw new InvalidJobException(problems);
        }
    }

    /** A local job: images, CSV and output folders from {@code iiif.images}, {@code iiif.csv}, {@code iiif.output}. */
    public Job fromSettings(Settings settings) {
        List<String> problems = new ArrayList<>();
        Path images = check(problems, () -> required(settings, IMAGES, "give the folder of images", Path.class));
        Path csv = check(problems, () -> settings.find(CSV).isEmpty() ? null : parsed(settings, CSV, Path.class));
        Path output = check(problems, () -> required(settings, OUTPUT, "give the output folder", Path.class));
        String baseUrl = check(problems, () -> parsed(settings, BASE_URL, String.class));
        Publishing publishing = publishing(settings, problems);
        String collectionId = images == null ? null : settings.find(COLLECTION_ID)
                .orElseGet(() -> nameOf(images.toAbsolutePath().normalize()));
        Location records = output == null ? null : check(problems, () -> localRecords(settings,
                Location.local(output)));
        if (!problems.isEmpty()) {
            throw new InvalidJobException(problems);
        }
        return publishing.job(collectionId, Location.local(images), csv == null ? null : Location.local(csv),
                Location.local(output), baseUrl, false, records);
    }

    /**
     * Where a local run keeps its records: {@code iiif.records}, else the folder beside the output; the output
     * itself when they are published. Never inside the output, where they would be served.
     */
    private static Location localRecords(Settings settings, Location output) {
        if (flag(settings, PUBLISH_RECORDS, false)) {
            return output;
        }
        if (settings.find(RECORDS).isEmpty()) {
            if (output.localPath().getFileName() == null) {
                throw settings.problem(RECORDS, "is not set, and the output " + output + " has no folder beside it "
                        + "for the run records: give a folder outside the output");
            }
            return RecordsLocation.beside(output);
        }
        Location records = parsed(settings, RECORDS, Location.class);
        if (records.isWithin(output) || output.isWithin(records)) {
            throw settings.problem(RECORDS, "is '" + records + "', which is or holds the output folder " + output
                    + ", which is published: choose a folder outside it (or set " + PUBLISH_RECORDS
                    + "=true to publish the records)");
        }
        return records;
    }

    /**
     * Where a task keeps its records: under the task's RECORDS (else {@code iiif.records}), in a folder of its
     * destination bucket and prefix; beside a local output (UPLOAD_BOOL=false) without one; the output itself when
     * they are published. A task publishing to S3 without a place for them is refused: its records would be public.
     */
    private static Location taskRecords(Settings settings, TaskSpec task, Location output) {
        if (flag(settings, PUBLISH_RECORDS, false)) {
            return output;
        }
        if (settings.find(RECORDS).isPresent()) {
            Location records = RecordsLocation.under(parsed(settings, RECORDS, Location.class),
                    task.destinationBucket(), task.destinationPrefix());
            if (records.isWithin(output) || output.isWithin(records)) {
                throw settings.problem(RECORDS, "puts the run records of the task into its published output "
                        + output + ": choose a place outside it (or set PUBLISH_RECORDS=true to publish them)");
            }
            return records;
        }
        if (output.isLocal()) {
            return RecordsLocation.beside(output);
        }
        throw settings.problem(RECORDS, "is not set, and the task was not read from a task bucket: give a private "
                + "place for the run records (reports, provenance), an s3:// URI such as s3://<task bucket>/"
                + RecordsLocation.TASK_BUCKET_FOLDER + " (IIIF_RECORDS, or the task's RECORDS), or set "
                + "PUBLISH_RECORDS=true to publish them under the output");
    }

    /**
     * The job of a task: images, CSV and destination from the task, our options from the task over the
     * configuration. With UPLOAD_BOOL=false the output goes to a local folder under {@code tasks.local-output}.
     */
    public Job forTask(TaskSpec task, Settings configuration) {
        BucketAllowlist.check(task, configuration);
        Settings settings = task.over(configuration);
        Publishing publishing = publishing(settings, new ArrayList<>());
        Location output = task.upload() ? Location.s3(task.destinationBucket(), task.destinationPrefix())
                : Location.local(localOutput(settings, task));
        Location records = taskRecords(settings, task, output);
        return publishing.job(task.collectionId(), task.images(), task.csv(), output, task.baseUrl(), true, records);
    }

    /** The local folder of a task with UPLOAD_BOOL=false, checked as an output folder. */
    private static Path localOutput(Settings settings, TaskSpec task) {
        Path folder = settings.path(LOCAL_OUTPUT).orElse(Path.of("output"))
                .resolve(task.destinationPrefix().isEmpty() ? task.collectionId() : task.destinationPrefix());
        try {
            return LocalPaths.outputFolder(folder.toString());
        } catch (IllegalArgumentException e) {
            throw Settings.SettingException.named("The task's local output folder (" + settings.nameOf(LOCAL_OUTPUT)
                    + " and the task's folder)", e.getMessage());
        }
    }

    /**
     * Where a task is processed (see {@link SettingsRegistry#DISPATCH_MODES}): its DISPATCH, else
     * {@code dispatch.mode}.
     */
    public String dispatchMode(TaskSpec task, Settings configuration) {
        BucketAllowlist.check(task, configuration);
        return parsed(task.over(configuration), DISPATCH, String.class);
    }

    /** How a job publishes: every setting checked, all problems reported at once. */
    private Publishing publishing(Settings settings, List<String> problems) {
        IiifVersion version = check(problems, () -> parsed(settings, VERSION, IiifVersion.class));
        Integer tileSize = check(problems, () -> parsed(settings, TILE_SIZE, Integer.class));
        TileFormat format = check(problems, () -> parsed(settings, TILE_FORMAT, TileFormat.class));
        Integer quality = check(problems, () -> parsed(settings, QUALITY, Integer.class));
        Integer sizesMax = check(problems, () -> parsed(settings, SIZES_MAX, Integer.class));
        Integer pdfDpi = check(problems, () -> parsed(settings, PDF_DPI, Integer.class));
        Integer maxMegapixels = check(problems, () -> parsed(settings, MAX_MEGAPIXELS, Integer.class));
        Integer maxPages = check(problems, () -> parsed(settings, MAX_PAGES, Integer.class));
        PyramidTiff pyramidTiff = check(problems, () -> settings.find(PYRAMID_TIFF).isEmpty() ? PyramidTiff.TILES
                : parsed(settings, PYRAMID_TIFF, PyramidTiff.class));
        String imageServer = check(problems, () -> imageServer(settings, pyramidTiff));
        String language = check(problems, () -> parsed(settings, LANGUAGE, String.class));
        Boolean force = check(problems, () -> parsed(settings, FORCE, Boolean.class));
        Path workFolder = check(problems, () -> settings.find(WORK_DIR).isEmpty() ? null
                : parsed(settings, WORK_DIR, Path.class));
        Provider provider = check(problems, () -> provider(settings));
        Boolean index = check(problems, () -> flag(settings, PUBLISH_INDEX, true));
        Boolean csvCopy = check(problems, () -> flag(settings, PUBLISH_CSV, true));
        check(problems, () -> flag(settings, PUBLISH_RECORDS, false));
        if (!problems.isEmpty()) {
            throw new InvalidJobException(problems);
        }
        TilingSettings tiling = new TilingSettings(version, tileSize, format, quality, sizesMax, pdfDpi,
                maxMegapixels, maxPages, pyramidTiff, imageServer);
        return new Publishing(tiling, language, settings.find(COLLECTION_LABEL), workFolder, force, provider,
                new Job.PublicCopies(index, csvCopy));
    }

    private record Publishing(TilingSettings tiling, String language, Optional<String> collectionLabel,
                              Path workFolder, boolean force, Provider provider, Job.PublicCopies publicCopies) {

        Job job(String collectionId, Location images, Location csv, Location output, String baseUrl,
                boolean sharedCsv, Location records) {
            return new Job(collectionId, collectionLabel.orElse(collectionId), images, csv, output, baseUrl,
                    language, tiling, workFolder, new Share.All(), force, sharedCsv, provider, records, publicCopies);
        }
    }

    /**
     * The image server that serves the pages' TIFFs, which the manifests point at: required when no tiles are
     * written, and refused otherwise, as the manifests would not use it.
     */
    private static String imageServer(Settings settings, PyramidTiff pyramidTiff) {
        String server = settings.find(IMAGE_SERVER).isEmpty() ? null : parsed(settings, IMAGE_SERVER, String.class);
        if (pyramidTiff == null || (server != null) == (pyramidTiff == PyramidTiff.TIFF)) {
            return server;
        }
        String mode = settings.nameOf(PYRAMID_TIFF);
        throw server == null
                ? settings.problem(IMAGE_SERVER, "is not set, but " + mode + " is tiff (no static tiles): give the "
                        + "base URL of the IIIF image server that serves the TIFFs, which the manifests point at "
                        + "(e.g. https://iiif.example.org/iiif/3)")
                : settings.problem(IMAGE_SERVER, "is set, but " + mode + " is " + pyramidTiff.value() + ", so the "
                        + "manifests point at the static tiles: set it to tiff to publish TIFFs only, served by that "
                        + "server, or leave " + settings.nameOf(IMAGE_SERVER) + " unset");
    }

    /**
     * The provider named in manifests, when its label is set; its homepage is then required too, as Presentation 3
     * identifies a provider by a URL.
     */
    private static Provider provider(Settings settings) {
        String homepage = settings.find(PROVIDER_HOMEPAGE).isEmpty() ? null
                : parsed(settings, PROVIDER_HOMEPAGE, String.class);
        String logo = settings.find(PROVIDER_LOGO).isEmpty() ? null : parsed(settings, PROVIDER_LOGO, String.class);
        Optional<String> label = settings.find(PROVIDER_LABEL);
        if (label.isEmpty()) {
            if (homepage != null || logo != null) {
                throw settings.problem(PROVIDER_LABEL, "is not set, but the provider's homepage or logo is: "
                        + "give the provider's name too");
            }
            return null;
        }
        if (homepage == null) {
            throw settings.problem(PROVIDER_HOMEPAGE, "is not set, but the provider's label is: give the provider's "
                    + "web site (an http:// or https:// URL), which identifies it in the manifests");
        }
        return new Provider(label.get(), homepage, logo);
    }

    private static <T> T parsed(Settings settings, String key, Class<T> type) {
        return type.cast(settings.parsed(key, SettingsRegistry.valueParser(key).orElseThrow()));
    }

    /** A true/false setting, {@code otherwise} when it is not set. */
    private static boolean flag(Settings settings, String key, boolean otherwise) {
        return settings.find(key).isEmpty() ? otherwise : parsed(settings, key, Boolean.class);
    }

    private static <T> T required(Settings settings, String key, String purpose, Class<T> type) {
        if (settings.find(key).isEmpty()) {
            throw settings.problem(key, "is not set: " + purpose);
        }
        return parsed(settings, key, type);
    }

    /** The folder's name, or "collection" for a file-system root, which has none. */
    private static String nameOf(Path folder) {
        return folder.getFileName() == null ? "collection" : folder.getFileName().toString();
    }

    private static <T> T check(List<String> problems, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }
}
