package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.iiifgenerator.iiif.presentation.CollectionRef;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.writers.PresentationWriters;
import org.iiifgenerator.layout.ImageServer;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.report.Progress;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.source.ImageSource;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.StorageUnavailableException;
import org.iiifgenerator.task.Job;
import org.iiifgenerator.tiling.ImageTiler;

/**
 * The state of one run, carried through the routes as the exchange property {@value #PROPERTY}: the job, where
 * and how it publishes, and the report every step writes into.
 */
public final class Run {

    public static final String PROPERTY = "iiifRun";

    private final Job job;
    private final OutputLayout layout;
    private final Storage storage;
    private final Storage records;
    private final ImageSource source;
    private final RunReport report;
    private final PresentationWriter presentation;
    private final ImageTiler tiler;
    private final WorkFolder workFolder;
    private final AtomicInteger workItems = new AtomicInteger();
    private volatile Progress progress = new Progress(0);
    private volatile byte[] csv;
    private volatile ShareRecord record;
    private volatile boolean storageUnavailable;
    private Set<String> earlierProvenance;

    Run(Job job, Storage storage, Storage records, ImageSource source, WorkFolder workFolder) {
        this.job = job;
        this.layout = new OutputLayout(job.baseUrl(), imageServer(job));
        this.storage = storage;
        this.records = records;
        this.source = source;
        this.report = new RunReport(job.collectionId(), job.describe());
        this.presentation = PresentationWriters.forVersion(job.tiling().version(), job.language());
        // A service that is moved into place is best written loose; one that is uploaded from local disk is best
        // packed into one zip: thousands of small files cost more to write, read back and delete than the tiling.
        this.tiler = new ImageTiler(job.tiling(), storage.stagingArea().isEmpty());
        this.workFolder = workFolder;
    }

    /** The server of the pages' TIFFs, when it serves them instead of static services; null otherwise. */
    private static ImageServer imageServer(Job job) {
        if (job.tiling().imageServer() == null) {
            return null;
        }
        String prefix = job.output().isLocal() ? "" : job.output().path().replaceAll("/+$", "");
        return new ImageServer(job.tiling().imageServer(), prefix.isEmpty() ? "" : prefix + "/");
    }

    public Job job() {
        return job;
    }

    public OutputLayout layout() {
        return layout;
    }

    public Storage storage() {
        return storage;
    }

    /**
     * Where the run records are kept (reports, provenance, shard records, the member cache): a private place
     * outside the output, or the output's own storage when they are published (see {@code RecordsLocation}).
     */
    public Storage records() {
        return records;
    }

    /** Where this run's report is kept, as a location users can open: a path or an s3:// URI. */
    public String reportLocation() {
        return job.records().resolve(reportKey()).toString();
    }

    public ImageSource source() {
        return source;
    }

    public RunReport report() {
        return report;
    }

    public PresentationWriter presentation() {
        return presentation;
    }

    public ImageTiler tiler() {
        return tiler;
    }

    /** Pages planned and not yet done. */
    public int imagesWaiting() {
        return progress.remaining();
    }

    /** A page is done, whatever its outcome: its entry in the report and its line (i/N, ETA) in the log. */
    public void imageDone(ImageRecord record, String outcome) {
        report.image(record);
        progress.imageDone(record.object() + " p" + record.page(), outcome);
    }

    /** A page was not started because the process is stopping: the run ends interrupted. */
    void pageNotStarted() {
        report.markInterrupted();
    }

    /** Whether some pages were not started: nothing that lists pages or objects is published then. */
    public boolean interrupted() {
        return report.wasInterrupted();
    }

    /** The CSV as read when planning, published as it is at the end (not fetched twice). */
    byte[] csv() {
        return csv;
    }

    void keepCsv(byte[] content) {
        csv = content;
    }

    /** What this run published, when it tiles a part of the collection; null otherwise or until it is done. */
    public ShareRecord record() {
        return record;
    }

    void keepRecord(ShareRecord published) {
        record = published;
    }

    /**
     * The provenance records earlier runs kept, listed once (one request per thousand pages) rather than
     * asked for page by page: a first run, or a new page, then costs no request at all.
     */
    synchronized Set<String> earlierProvenance() throws IOException {
        if (earlierProvenance == null) {
            earlierProvenance = Set.copyOf(records.list(OutputLayout.PROVENANCE_FOLDER));
        }
        return earlierProvenance;
    }

    /** Whether a failure in the report was the storage's (it did not answer) rather than the image's own. */
    public boolean storageWasUnavailable() {
        return storageUnavailable;
    }

    /** Notes a failure recorded in the report: whether the storage was to blame. */
    void noteFailure(Throwable cause) {
        if (StorageUnavailableException.in(cause).isPresent()) {
            storageUnavailable = true;
        }
    }

    void expectImages(int total) {
        progress = new Progress(total);
    }

    /** The key of this run's report among the records: its own, beside those of the other runs into the collection. */
    public String reportKey() {
        return OutputLayout.reportKey(job.runName());
    }

    public CollectionRef collection() {
        return new CollectionRef(layout.url(OutputLayout.COLLECTION_KEY), job.collectionLabel(), job.provider());
    }

    public Path workFolder() {
        return workFolder.path();
    }

    void closeWorkFolder() throws IOException {
        workFolder.close();
    }

    /** A fresh, not yet existing folder in the work area for one image service. */
    Path newWorkItem() {
        return workFolder.path().resolve("image-" + workItems.incrementAndGet());
    }
}
