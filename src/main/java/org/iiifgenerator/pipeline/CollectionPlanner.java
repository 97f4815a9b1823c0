package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.collection.PageCounter;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.pipeline.CollectionListing.Candidate;
import org.iiifgenerator.share.Piece;
import org.iiifgenerator.share.ShardPlanner;
import org.iiifgenerator.share.ShardPlanner.ObjectWork;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidJobException;

/**
 * Works out what a run will publish: the collection as listed ({@link CollectionListing}), the share of it this
 * run tiles, and the pages of each of its objects (multi-page files expanded) with their storage keys.
 */
public final class CollectionPlanner {

    private final ObjectPageCount pageCount;
    private final MetadataCsv csv;
    private final ObjectNaming naming;

    public CollectionPlanner(PageCounter pageCounter, Storages storages, ObjectNaming naming) {
        this.pageCount = new ObjectPageCount(pageCounter);
        this.csv = new MetadataCsv(storages);
        this.naming = naming;
    }

    public CollectionPlan plan(@ExchangeProperty(Run.PROPERTY) Run run, CamelContext context) throws IOException {
        CollectionListing listing = CollectionListing.of(run, context, naming, csv);
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
    public List<String> objectIdentifiers(@ExchangeProperty(Run.PROPERTY) Run run, CamelContext context)
            throws IOException {
        return List.copyOf(CollectionListing.of(run, context, naming, csv).candidates().keySet());
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
