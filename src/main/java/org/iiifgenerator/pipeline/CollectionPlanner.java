package org.iiifgenerator.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.collection.AccessFolders;
import org.iiifgenerator.collection.CollectionScanner;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.collection.PageCounter;
import org.iiifgenerator.collection.SourceObject;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.layout.KeySegments;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.metadata.MetadataCsvReader;
import org.iiifgenerator.metadata.MetadataTable;
import org.iiifgenerator.metadata.ObjectMetadata;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.source.ImageSource;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storages;
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

    public CollectionPlanner(PageCounter pageCounter, Storages storages) {
        this.pageCounter = pageCounter;
        this.storages = storages;
    }

    public CollectionPlan plan(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        RunReport report = run.report();
        List<String> files = listImages(run);
        List<SourceObject> found = scanner.scan(files, AccessFolders.objectIdentifier(run.job().images()), report::warn);
        MetadataTable metadata = readCsv(run);
        metadata.warnings().forEach(report::warn);

        List<ObjectPlan> objects = new ArrayList<>();
        Map<String, String> identifierByKey = new HashMap<>();
        Set<String> rowsWithoutImages = new LinkedHashSet<>(metadata.identifiers());
        for (SourceObject object : found) {
            String key = KeySegments.of(object.identifier());
            String clash = keyClash(key, object.identifier(), identifierByKey);
            if (clash != null) {
                report.error("object '" + object.identifier() + "' would be published under the key '" + key
                        + "', which is taken by " + clash + "; rename the folder or file");
                continue;
            }
            rowsWithoutImages.remove(object.identifier());
            ObjectMetadata row = metadata.find(object.identifier()).orElseGet(() -> {
                report.warn("object '" + object.identifier() + "' has no row in the CSV; it is published with its "
                        + "identifier as label");
                return ObjectMetadata.untitled(object.identifier());
            });
            objects.add(new ObjectPlan(objects.size(), object.identifier(), key, row, pages(run, object, key)));
        }
        rowsWithoutImages.forEach(id -> report.warn("CSV row '" + id + "' has no images in "
                + run.job().images() + "; nothing is published for it"));
        CollectionPlan plan = new CollectionPlan(objects);
        run.expectImages(plan.pageCount());
        return plan;
    }

    private static List<String> listImages(Run run) {
        String where = run.job().images() + " (ACCESS_DIR in AWS_SRC_BUCKET in a task, --images locally)";
        try {
            List<String> files = run.source().files();
            if (files.isEmpty()) {
                throw new InvalidJobException("There are no files in " + where);
            }
            return files;
        } catch (IOException e) {
            throw new InvalidJobException("The images in " + where + " cannot be listed: " + e.getMessage());
        }
    }

    /** Who already uses a key: the output's own folders or an earlier object; null when the key is free. */
    private static String keyClash(String key, String identifier, Map<String, String> identifierByKey) {
        if (RESERVED_KEYS.contains(key)) {
            return "the output's own '" + key + "' folder";
        }
        String earlier = identifierByKey.putIfAbsent(key, identifier);
        return earlier == null ? null : "object '" + earlier + "'";
    }

    private MetadataTable readCsv(Run run) throws IOException {
        Location csv = run.job().csv();
        if (csv == null) {
            run.report().warn("no CSV given: every object is published with its identifier as label");
            return MetadataTable.empty();
        }
        byte[] content;
        try {
            content = storages.read(csv);
            run.keepCsv(content);
        } catch (IOException e) {
            throw new InvalidJobException("The CSV " + csv + " (CSV_PATH and CSV_NAME in a task, --csv locally) "
                    + "cannot be read: " + e.getMessage());
        }
        try {
            return csvReader.read(new ByteArrayInputStream(content), csv.toString());
        } catch (RuntimeException e) {
            throw new InvalidJobException(e.getMessage());
        }
    }

    private List<SourcePage> pages(Run run, SourceObject object, String key) throws IOException {
        List<SourcePage> pages = new ArrayList<>();
        for (String file : object.files()) {
            int count = ImageFiles.mayHaveSeveralPages(file) ? countPages(run.source(), file) : 1;
            for (int page = 0; page < count; page++) {
                pages.add(new SourcePage(object.identifier(), key, pages.size() + 1, file,
                        run.source().describe(file), page, count));
            }
        }
        return pages;
    }

    private int countPages(ImageSource source, String file) throws IOException {
        try {
            return pageCounter.count(source.acquire(file));
        } finally {
            source.release(file);
        }
    }
}
