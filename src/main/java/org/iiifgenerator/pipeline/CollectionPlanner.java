package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedMap;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.collection.AccessFolders;
import org.iiifgenerator.collection.CollectionScanner;
import org.iiifgenerator.collection.PageCounter;
import org.iiifgenerator.collection.SourceObject;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.metadata.MetadataTable;
import org.iiifgenerator.pipeline.CollectionListing.Candidate;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.share.Piece;
import org.iiifgenerator.share.ShardPlanner;
import org.iiifgenerator.share.ShardPlanner.ObjectWork;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.storage.StoredFile;
import org.iiifgenerator.task.InvalidJobException;

/**
 * Works out what a run will publish: the objects found in the images folder and the CSV ({@link #find}), then,
 * once the route has named them, the collection as listed ({@link CollectionListing}), the share of it this run
 * tiles, and the pages of each of its objects (multi-page files expanded) with their storage keys.
 */
public final class CollectionPlanner {

    /** The exchange variable that carries {@link #find}'s answer to the steps after the objects are named. */
    public static final String FOUND = "found";

    private final CollectionScanner scanner = new CollectionScanner();
    private final ObjectPageCount pageCount;
    private final MetadataCsv csv;

    /** The images folder's files and the objects found in them, and the CSV, before the objects are named. */
    public record Found(SequencedMap<String, StoredFile> files, List<SourceObject> objects, MetadataTable metadata) {
    }

    public CollectionPlanner(PageCounter pageCounter, Storages storages) {
        this.pageCount = new ObjectPageCount(pageCounter);
        this.csv = new MetadataCsv(storages);
    }

    /** Lists the images folder and reads the CSV; warnings go to the report. The objects are named next. */
    public Found find(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        RunReport report = run.report();
        SequencedMap<String, StoredFile> files = ImagesFolder.list(run);
        List<SourceObject> found = scanner.scan(List.copyOf(files.keySet()),
                AccessFolders.objectIdentifier(run.job().images()), report::warn, report::leftOut);
        if (found.isEmpty()) {
            throw ImagesFolder.noImages(run);
        }
        MetadataTable metadata = csv.read(run);
        metadata.warnings().forEach(report::warn);
        return new Found(files, found, metadata);
    }

    public CollectionPlan plan(@ExchangeProperty(Run.PROPERTY) Run run, @Variable(FOUND) Found found,
                               @Body List<ObjectNaming.Named> named) throws IOException {
        CollectionListing listing = CollectionListing.of(run, found, named);
        List<ObjectPlan> objects = new ArrayList<>();
        for (Piece piece : select(run, listing.work())) {
            Candidate c = listing.candidates().get(piece.objectIdentifier());
            List<SourcePage> pages = pageCount.pages(run, listing.files(), c.object(), c.key(), piece);
            if (pages.isEmpty()) {
                continue; // all its files were left out, and reported
            }
            objects.add(new ObjectPlan(c.position(), c.csvRow(), c.object().identifier(), c.key(), c.row(), pages,
                    piece.firstFile() == 1 && piece.lastFile() == c.object().files().size()));
        }
        CollectionPlan plan = new CollectionPlan(objects, ShardPlanner.fingerprint(listing.work()));
        run.expectImages(plan.pageCount());
        return plan;
    }

    /** The identifiers of the collection's objects, in collection order, without looking into any file. */
    public List<String> objectIdentifiers(@ExchangeProperty(Run.PROPERTY) Run run, @Variable(FOUND) Found found,
                                          @Body List<ObjectNaming.Named> named) {
        return List.copyOf(CollectionListing.of(run, found, named).candidates().keySet());
    }

    /** Fetches the CSV only, to publish its copy, for a run that merges shards instead of planning. */
    public void readCsv(@ExchangeProperty(Run.PROPERTY) Run run) {
        csv.keep(run);
    }

    /** The pieces of the collection this run's share holds; a share that does not fit the collection is the job's fault. */
    private static List<Piece> select(Run run, List<ObjectWork> collection) {
        try {
            return run.job().share().select(collection);
        } catch (IllegalArgumentException e) {
            throw new InvalidJobException("This run's part of " + run.job().images() + " (" + run.job().share()
                    + ") cannot be found: " + e.getMessage());
        }
    }
}
