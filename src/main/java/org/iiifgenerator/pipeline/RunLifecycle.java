package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.source.ImageSources;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidJobException;
import org.iiifgenerator.task.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a run (storage, work folder, report) and closes it (report published, work folder removed). */
public final class RunLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RunLifecycle.class);

    private final Storages storages;
    private final ImageSources sources;
    private final RunStop stop;

    public RunLifecycle(Storages storages, ImageSources sources, RunStop stop) {
        this.storages = storages;
        this.sources = sources;
        this.stop = stop;
    }

    public Run start(Job job) throws IOException {
        OutputOutsideImages.check(job);
        Storage storage = storages.open(job.output());
        try {
            storage.checkAvailable();
        } catch (IOException e) {
            throw new InvalidJobException("The output " + job.output() + " (AWS_DEST_BUCKET in a task, --out "
                    + "locally) cannot be written: " + e.getMessage(), e);
        }
        Storage records = job.recordsPublished() ? storage : storages.open(job.records());
        try {
            records.checkAvailable();
        } catch (IOException e) {
            throw new InvalidJobException("The run records' place " + job.records() + " (" + SettingsRegistry.RECORDS
                    + ", RECORDS in a task) cannot be written: " + e.getMessage(), e);
        }
        Path workArea = job.workFolder() != null ? job.workFolder()
                : storage.stagingArea().orElse(Path.of(System.getProperty("java.io.tmpdir"), "iiif-generator"));
        WorkFolder work = WorkFolder.create(workArea);
        LOG.info("Publishing collection '{}' from {} to {} as {}", job.collectionId(), job.images(), job.output(),
                job.baseUrl());
        Run run = new Run(job, storage, records, sources.open(job.images(), work.path()), work);
        stop.opened(run);
        return run;
    }

    /**
     * Keeps the report of a run that published the whole collection with the run records.
     *
     * @throws RunInterruptedException when the run was stopped before all its pages were done, after publishing
     *                                 the report that says so
     */
    public RunReport finish(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        RunReport report = run.report();
        report.finish();
        RunReport.Totals totals = report.document().totals();
        run.records().put(run.reportKey(), IiifJson.write(report.document()), ContentTypes.JSON);
        if (run.interrupted()) {
            throw interrupted(run, totals);
        }
        LOG.info("Done: {} of {} objects published ({} incomplete, {} failed), {} left out, {} of {} images tiled, {} "
                        + "warnings. Collection: {}  Report: {}", totals.objectsPublished() + totals.objectsIncomplete(),
                totals.objects(), totals.objectsIncomplete(), totals.objectsFailed(), totals.objectsLeftOut(),
                totals.imagesTiled(),
                totals.images(), report.warnings().size(), run.layout().url(OutputLayout.COLLECTION_KEY),
                run.reportLocation());
        return report;
    }

    /**
     * Ends a run that tiled a share of the collection: its record, published by route record-share, carries its
     * report.
     *
     * @throws RunInterruptedException when the run was stopped before all its pages were done
     */
    public RunReport finishShare(@ExchangeProperty(Run.PROPERTY) Run run) {
        RunReport report = run.report();
        report.finish();
        RunReport.Totals totals = report.document().totals();
        if (run.interrupted()) {
            throw interrupted(run, totals);
        }
        LOG.info("Done with {}: {} of {} images tiled, {} warnings; recorded for the merge", run.job().share(),
                totals.imagesTiled(), totals.images(), report.warnings().size());
        return report;
    }

    private static RunInterruptedException interrupted(Run run, RunReport.Totals totals) {
        return new RunInterruptedException("Stopped before the end: " + (totals.imagesTiled()
                + totals.imagesUnchanged()) + " images published (" + totals.imagesTiled() + " tiled now), "
                + run.imagesWaiting() + " not started, " + totals.objectsPublished() + " objects published; "
                + "the collection is not updated. Run it again to finish: what is published is kept");
    }

    /** Frees the run's local work folder, after a finished run as after one that broke off. */
    public void removeWorkFolder(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        if (run != null) {
            stop.closed(run);
            run.closeWorkFolder();
        }
    }
}
