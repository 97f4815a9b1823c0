package org.iiifgenerator.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.collection.AccessFolders;
import org.iiifgenerator.collection.CollectionScanner;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.collection.PageCounter;
import org.iiifgenerator.collection.SourceObject;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.share.ShardPlanner;
import org.iiifgenerator.share.ShardPlanner.ObjectWork;
import org.iiifgenerator.share.Piece;
import org.iiifgenerator.layout.KeySegments;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.metadata.MetadataCsvReader;
import org.iiifgenerator.metadata.MetadataTable;
import org.iiifgenerator.metadata.ObjectMetadata;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.source.ImageSource;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.storage.StoredFile;
import org.iiifgenerator.task.InvalidJobException;

/**
 * Works out what a run will publish: the objects in the images folder, their CSV rows, their pages (multi-page
 * files expanded) and their storage keys. Mismatches between folder and CSV are warnings, never reasons to stop.
 */
public final class CollectionPlanner {

    private static final Set<String> RESERVED_KEYS = Set.of(OutputLayout.TILES_FOLDER, OutputLayout.COLLECTION_FOLDER);

    private final CollectionScanner scanner = new CollectionScanner();
    private final MetadataCsvReader csvReader = new MetadataCsvReader();
    private final PageCounter pageCounter;
    private final Storages storages;
    private final ObjectNaming naming;

    public CollectionPlanner(PageCounter pageCounter, Storages storages, ObjectNaming naming) {
        this.pageCounter = pageCounter;
        this.storages = storages;
        this.naming = naming;
    }

    public CollectionPlan plan(@ExchangeProperty(Run.PROPERTY) Run run, CamelContext context) throws IOException {
        Listing listing = list(run, context);
        List<ObjectPlan> objects = new ArrayList<>();
        for (Piece item : select(run, listing.work())) {
            Candidate c = listing.candidates().get(item.objectIdentifier());
            List<SourcePage> pages = pages(run, listing.files(), c, item);
            if (pages.isEmpty()) {
                continue; // all its files were left out, and reported
            }
            objects.add(new ObjectPlan(c.position(), c.csvRow(), c.object().identifier(), c.key(), c.row(), pages,
                    item.firstFile() == 1 && item.lastFile() == c.object().files().size()));
        }
        CollectionPlan plan = new CollectionPlan(objects, ShardPlanner.fingerprint(listing.work()));
        run.expectImages(plan.pageCount());
        return plan;
    }

    /** The identifiers of the collection's objects, in collection order, without looking into any file. */
    public List<String> objectIdentifiers(@ExchangeProperty(Run.PROPERTY) Run run, CamelContext context)
            throws IOException {
        return List.copyOf(list(run, context).candidates().keySet());
    }

    /** Fetches the CSV only, to publish its copy, for a run that merges shards instead of planning. */
    public void readCsv(@ExchangeProperty(Run.PROPERTY) Run run) {
        if (run.job().csv() != null) {
            run.keepCsv(csvContent(run.job().csv()));
        }
    }

    /** The collection's objects with their rows and the work of their files; warnings go to the report. */
    private Listing list(Run run, CamelContext context) throws IOException {
        RunReport report = run.report();
        SequencedMap<String, StoredFile> files = listImages(run);
        List<SourceObject> found = scanner.scan(List.copyOf(files.keySet()),
                AccessFolders.objectIdentifier(run.job().images()), report::warn, report::leftOut);
        if (found.isEmpty()) {
            throw noImages(run);
        }
        MetadataTable metadata = readMetadata(run);
        metadata.warnings().forEach(report::warn);

        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, String> objectByKey = new HashMap<>();
        Set<String> rowsWithoutImages = new LinkedHashSet<>(metadata.identifiers());
        Map<String, Integer> csvRows = new HashMap<>();
        metadata.identifiers().forEach(identifier -> csvRows.put(identifier, csvRows.size()));
        for (SourceObject object : found) {
            SourceObject named = named(object, context, report);
            if (named == null) {
                continue;
            }
            String key = KeySegments.of(named.identifier());
            String clash = keyClash(key, describe(object, named), objectByKey);
            if (clash != null) {
                report.leftOut("object " + describe(object, named) + " would be published under the key '" + key
                        + "', which is taken by " + clash + "; it is left out - rename the folder or file");
                continue;
            }
            ObjectMetadata row = row(metadata, named.identifier(), object.identifier()).orElseGet(() -> {
                if (run.job().csv() != null) {
                    report.warn("object '" + named.identifier() + "' has no row in the CSV; it is published with "
                            + "its identifier as label");
                }
                return ObjectMetadata.untitled(named.identifier());
            });
            rowsWithoutImages.remove(row.identifier());
            candidates.put(named.identifier(), new Candidate(candidates.size(), csvRows.get(row.identifier()), named, key,
                    row));
        }
        if (run.job().csv() == null) {
            report.note("no CSV given: " + count(candidates.size(), "object is published with its identifier as label",
                    "objects are published with their identifiers as labels"));
        }
        reportRowsWithoutImages(run, rowsWithoutImages);
        List<ObjectWork> work = candidates.values().stream().map(c -> new ObjectWork(c.object().identifier(),
                c.object().files().stream().map(file -> files.get(file).size()).toList())).toList();
        return new Listing(files, candidates, work);
    }

    /**
     * A task's CSV is shared by the tasks of its box, so rows for the folders other tasks publish are expected: one
     * line with their count, and no warning. A local run was given the whole folder: such a row is likely a typo,
     * worth a warning each. The report lists them either way.
     */
    private static void reportRowsWithoutImages(Run run, Set<String> rows) {
        run.report().csvRowsWithoutImages(rows);
        if (rows.isEmpty()) {
            return;
        }
        if (run.job().sharedCsv()) {
            String csv = " (" + run.job().csv().name() + ") ";
            run.report().note(count(rows.size(), "CSV row" + csv + "has no images in this task: its folder is "
                    + "published by another task", "CSV rows" + csv + "have no images in this task: their folders "
                    + "are published by other tasks") + " (the run's report lists them as csvRowsWithoutImages)");
        } else {
            rows.forEach(id -> run.report().warn("CSV row '" + id + "' has no images in " + run.job().images()
                    + "; nothing is published for it"));
        }
    }

    /** "1 thing is" or "3 things are". */
    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The object under the identifier the naming rule gives it; null, reported, when the rule fails for it. */
    private SourceObject named(SourceObject object, CamelContext context, RunReport report) {
        try {
            return new SourceObject(naming.name(object, context), object.files());
        } catch (IllegalArgumentException e) {
            report.leftOut("object '" + object.identifier() + "' is left out: " + e.getMessage());
            return null;
        }
    }

    /** How errors name an object: as found, and as the naming rule named it when that differs. */
    private static String describe(SourceObject found, SourceObject named) {
        String asFound = "'" + found.identifier() + "'";
        return found.identifier().equals(named.identifier()) ? asFound
                : asFound + " (named '" + named.identifier() + "' by steps.identifier)";
    }

    /** The CSV row of the identifier the object is published under, else of the one it was found with. */
    private static Optional<ObjectMetadata> row(MetadataTable metadata, String published, String found) {
        return metadata.find(published).or(() -> metadata.find(found));
    }

    private record Listing(SequencedMap<String, StoredFile> files, Map<String, Candidate> candidates,
                           List<ObjectWork> work) {
    }

    /** An object of the collection, in collection order, before the run keeps its share. */
    private record Candidate(int position, Integer csvRow, SourceObject object, String key, ObjectMetadata row) {
    }

    private static List<Piece> select(Run run, List<ObjectWork> collection) {
        try {
            return run.job().share().select(collection);
        } catch (IllegalArgumentException e) {
            throw new InvalidJobException("This run's part of " + run.job().images() + " (" + run.job().share()
                    + ") cannot be found: " + e.getMessage());
        }
    }

    private static SequencedMap<String, StoredFile> listImages(Run run) {
        try {
            SequencedMap<String, StoredFile> files = run.source().files(run.report()::warn);
            if (files.isEmpty()) {
                throw noImages(run);
            }
            return files;
        } catch (IOException e) {
            throw new InvalidJobException("The images in " + run.job().images() + " (" + OptionNames.images(run.job())
                    + ") cannot be listed: " + e.getMessage(), e);
        }
    }

    /** An empty folder and one of other files alike: there is nothing to publish, and the user chose the wrong one. */
    private static InvalidJobException noImages(Run run) {
        return new InvalidJobException("No images found in " + run.job().images() + " ("
                + OptionNames.images(run.job()) + "): give a folder with image files ("
                + ImageFiles.extensionsRead() + "), each loose file or sub-folder an object.");
    }

    /** Who already uses a key: the output's own folders or an earlier object; null when the key is free. */
    private static String keyClash(String key, String object, Map<String, String> objectByKey) {
        if (RESERVED_KEYS.contains(key)) {
            return "the output's own '" + key + "' folder";
        }
        String earlier = objectByKey.putIfAbsent(key, object);
        return earlier == null ? null : "object " + earlier;
    }

    private MetadataTable readMetadata(Run run) throws IOException {
        Location csv = run.job().csv();
        if (csv == null) {
            return MetadataTable.empty();
        }
        byte[] content = csvContent(csv);
        run.keepCsv(content);
        try {
            return csvReader.read(new ByteArrayInputStream(content), csv.toString());
        } catch (RuntimeException e) {
            throw new InvalidJobException(e.getMessage());
        }
    }

    private byte[] csvContent(Location csv) {
        try {
            return storages.read(csv);
        } catch (IOException e) {
            throw new InvalidJobException("The CSV " + csv + " (CSV_PATH and CSV_NAME in a task, --csv locally) "
                    + "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The pages of the item's files, numbered across the whole object: the pages of the object's earlier files are
     * counted (not tiled) so that a shard holding files 5-9 numbers their pages as a single run would.
     */
    private List<SourcePage> pages(Run run, SequencedMap<String, StoredFile> files, Candidate candidate,
                                   Piece item) throws IOException {
        List<SourcePage> pages = new ArrayList<>();
        int number = 0;
        List<String> objectFiles = candidate.object().files();
        for (int index = 1; index <= item.lastFile(); index++) {
            String file = objectFiles.get(index - 1);
            int count = ImageFiles.mayHaveSeveralPages(file) ? countPages(run, file)
                    : ImageFiles.isGif(file) ? firstFrameOnly(run, file) : 1;
            for (int page = 0; page < count; page++) {
                number++;
                if (index >= item.firstFile()) {
                    pages.add(new SourcePage(candidate.object().identifier(), candidate.key(), number, file,
                            run.source().describe(file), files.get(file).version(), page, count));
                }
            }
        }
        return pages;
    }

    /** The file's pages from its header; none, reported, when there are more than the job allows. */
    private int countPages(Run run, String file) throws IOException {
        int count = pagesIn(run.source(), file);
        int limit = run.job().tiling().maxPages();
        if (count > limit) {
            run.report().leftOut(run.source().describe(file) + " has " + count + " pages, more than iiif.max-pages ("
                    + limit + "); it is left out. Split the file, or raise the limit if it is meant to be one object.");
            return 0;
        }
        return count;
    }

    /**
     * One page: the frames of an animated GIF are moments of one picture, not pages of an object (a 40-frame
     * spinner is not a 40-page book), so its first frame is published, with a warning that says so.
     */
    private int firstFrameOnly(Run run, String file) throws IOException {
        int frames = pagesIn(run.source(), file);
        if (frames > 1) {
            run.report().warn(run.source().describe(file) + " is an animated GIF of " + frames
                    + " frames; only its first frame is published");
        }
        return 1;
    }

    private int pagesIn(ImageSource source, String file) throws IOException {
        try {
            return pageCounter.count(source.acquire(file));
        } finally {
            source.release(file);
        }
    }
}
