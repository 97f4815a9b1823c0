package org.iiifgenerator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a run did, collected from many threads and published as {@code report.json}: per image, per
 * object, totals, what was left out, warnings and errors. A run has failed when any image or object failed, when
 * anything the user gave was left out, or when any error was recorded; it is interrupted when it was stopped
 * before all its pages were done.
 */
public final class RunReport {

    private static final Logger LOG = LoggerFactory.getLogger(RunReport.class);

    private final String collection;
    private final Map<String, Object> settings;
    private final Instant started = Instant.now();
    private final List<ImageRecord> images = new ArrayList<>();
    private final List<ObjectRecord> objects = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();
    private final Set<String> csvRowsWithoutImages = new LinkedHashSet<>();
    private Instant finished;
    private boolean interrupted;

    public RunReport(String collection, Map<String, Object> settings) {
        this.collection = collection;
        this.settings = Map.copyOf(settings);
    }

    public synchronized void image(ImageRecord record) {
        images.add(record);
        if (record.failed()) {
            errors.add(record.source() + ": " + record.error());
        }
    }

    public synchronized void object(ObjectRecord record) {
        objects.add(record);
        if (record.error() != null) {
            errors.add("object '" + record.identifier() + "': " + record.error());
        }
    }

    /** Records a warning and logs it at once, so a user watching the run sees it when it happens. */
    public synchronized void warn(String warning) {
        warnings.add(warning);
        LOG.warn(warning);
    }

    /** Logs what the user watching the run should know, which is no warning of the run: it is not recorded. */
    public void note(String line) {
        LOG.info(line);
    }

    /**
     * Records the identifiers of CSV rows no object of the run matched; whether each is also a warning is the
     * caller's decision.
     */
    public synchronized void csvRowsWithoutImages(Collection<String> identifiers) {
        csvRowsWithoutImages.addAll(identifiers);
    }

    public synchronized void error(String error) {
        errors.add(error);
    }

    /**
     * Records an object or file the user gave that is not published (its name clashes with another, it has too
     * many pages ...), logged at once: it is an error of the run and counted on its own in the totals.
     */
    public synchronized void leftOut(String what) {
        leftOut.add(what);
        errors.add(what);
        LOG.error(what);
    }

    /**
     * Takes in what another run of the same collection recorded (a shard's part). Warnings and errors both runs
     * found while planning the collection are kept once.
     */
    public synchronized void absorb(Document part) {
        images.addAll(part.images());
        objects.addAll(part.objects());
        addNew(warnings, part.warnings());
        addNew(errors, part.errors());
        if (part.leftOut() != null) {
            addNew(leftOut, part.leftOut());
        }
        if (part.csvRowsWithoutImages() != null) {
            csvRowsWithoutImages.addAll(part.csvRowsWithoutImages());
        }
    }

    /** Appends the lines not yet in {@code lines}, in their order: one pass, however long the reports. */
    private static void addNew(List<String> lines, List<String> more) {
        Set<String> known = new HashSet<>(lines);
        more.stream().filter(known::add).forEach(lines::add);
    }

    /** Some pages were not started: the process was asked to stop. */
    public synchronized void markInterrupted() {
        interrupted = true;
    }

    public synchronized boolean wasInterrupted() {
        return interrupted;
    }

    public synchronized boolean hasFailures() {
        return !errors.isEmpty();
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized List<String> leftOut() {
        return List.copyOf(leftOut);
    }

    public synchronized List<String> csvRowsWithoutImages() {
        return List.copyOf(csvRowsWithoutImages);
    }

    public synchronized List<ImageRecord> images() {
        return List.copyOf(images);
    }

    public synchronized List<ObjectRecord> objects() {
        return List.copyOf(objects);
    }

    public synchronized void finish() {
        finished = Instant.now();
    }

    /** A consistent snapshot in a stable order (objects and images sorted), ready to serialise. */
    public synchronized Document document() {
        Instant end = finished != null ? finished : Instant.now();
        List<ImageRecord> sortedImages = images.stream()
                .sorted(Comparator.comparing(ImageRecord::object).thenComparingInt(ImageRecord::page)).toList();
        List<ObjectRecord> sortedObjects = objects.stream()
                .sorted(Comparator.comparing(ObjectRecord::identifier)).toList();
        String status = interrupted ? "interrupted" : hasFailures() ? "failed" : "succeeded";
        return new Document(collection, status, started.toString(), end.toString(),
                Duration.between(started, end).toMillis(), settings,
                Totals.of(sortedObjects, sortedImages, leftOut.size()), sortedObjects, sortedImages,
                List.copyOf(leftOut), List.copyOf(warnings), List.copyOf(csvRowsWithoutImages), List.copyOf(errors));
    }

    /**
     * @param csvRowsWithoutImages the identifiers of the CSV rows no object matched: in a task, mostly the rows of
     *                             folders other tasks publish; never a failure
     */
    // Empty lists are kept: "errors": [] is a statement, not an omission.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"collection", "status", "started", "finished", "milliseconds", "settings", "totals",
            "objects", "images", "leftOut", "warnings", "csvRowsWithoutImages", "errors"})
    public record Document(String collection, String status, String started, String finished, long milliseconds,
                           Map<String, Object> settings, Totals totals, List<ObjectRecord> objects,
                           List<ImageRecord> images, List<String> leftOut, List<String> warnings,
                           List<String> csvRowsWithoutImages, List<String> errors) {
    }

    /**
     * @param objectsLeftOut objects and files the user gave that were not published, each named in the report's
     *                       {@code leftOut}; not counted in {@code objects}, which this run processed
     */
    @JsonPropertyOrder({"objects", "objectsPublished", "objectsIncomplete", "objectsFailed", "objectsLeftOut",
            "images", "imagesTiled", "imagesUnchanged", "imagesFailed", "tiles", "bytes", "tilingMilliseconds"})
    public record Totals(int objects, long objectsPublished, long objectsIncomplete, long objectsFailed,
                         int objectsLeftOut, int images, long imagesTiled, long imagesUnchanged, long imagesFailed,
                         long tiles, long bytes, long tilingMilliseconds) {

        /** tiles, bytes and time count the images this run tiled, not those it kept. */
        static Totals of(List<ObjectRecord> objects, List<ImageRecord> images, int leftOut) {
            List<ImageRecord> tiled = images.stream().filter(i -> i.status() == ImageRecord.Status.tiled).toList();
            long unchanged = images.stream().filter(i -> i.status() == ImageRecord.Status.unchanged).count();
            return new Totals(objects.size(), count(objects, ObjectRecord.Status.published),
                    count(objects, ObjectRecord.Status.incomplete), count(objects, ObjectRecord.Status.failed),
                    leftOut, images.size(), tiled.size(), unchanged, images.size() - tiled.size() - unchanged,
                    tiled.stream().mapToLong(ImageRecord::tiles).sum(),
                    tiled.stream().mapToLong(ImageRecord::bytes).sum(),
                    tiled.stream().mapToLong(ImageRecord::milliseconds).sum());
        }

        private static long count(List<ObjectRecord> objects, ObjectRecord.Status status) {
            return objects.stream().filter(o -> o.status() == status).count();
        }
    }
}
