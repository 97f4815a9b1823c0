package org.iiifgenerator.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.iiifgenerator.collection.SourceObject;
import org.iiifgenerator.layout.KeySegments;
import org.iiifgenerator.metadata.ObjectMetadata;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.share.ShardPlanner.ObjectWork;
import org.iiifgenerator.storage.StoredFile;

/**
 * The whole collection as every run lists it, whichever share it then tiles: the objects in the images folder in
 * collection order, as the naming step named them, each under a key of its own, with its CSV row and the work of its
 * files. What is left out or does not match goes to the report as warnings, never as reasons to stop.
 *
 * @param files      the images folder's files, by name
 * @param candidates the objects, by the identifier they are published under, in collection order
 * @param work       the objects' work, in collection order, to select the run's share from
 */
record CollectionListing(SequencedMap<String, StoredFile> files, Map<String, Candidate> candidates,
                         List<ObjectWork> work) {

    /** An object of the collection, in collection order, before the run keeps its share. */
    record Candidate(int position, Integer csvRow, SourceObject object, String key, ObjectMetadata row) {
    }

    /** The collection of the run's job, from what was found and the objects as the naming step named them. */
    static CollectionListing of(Run run, CollectionPlanner.Found found, List<ObjectNaming.Named> namedObjects) {
        RunReport report = run.report();
        SequencedMap<String, StoredFile> files = found.files();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        ObjectKeys keys = new ObjectKeys();
        CsvMatch match = new CsvMatch(run, found.metadata());
        for (ObjectNaming.Named naming : namedObjects) {
            SourceObject object = naming.found();
            SourceObject named = naming.named();
            if (named == null) {
                report.leftOut("object '" + object.identifier() + "' is left out: " + naming.failure());
                continue;
            }
            String key = KeySegments.of(named.identifier());
            String clash = keys.claim(key, describe(object, named));
            if (clash != null) {
                report.leftOut("object " + describe(object, named) + " would be published under the key '" + key
                        + "', which is taken by " + clash + "; it is left out - rename the folder or file");
                continue;
            }
            ObjectMetadata row = match.row(named.identifier(), object.identifier());
            candidates.put(named.identifier(), new Candidate(candidates.size(), match.csvRow(row), named, key, row));
        }
        match.reportUnmatched(candidates.size());
        List<ObjectWork> work = candidates.values().stream().map(c -> new ObjectWork(c.object().identifier(),
                c.object().files().stream().map(file -> files.get(file).size()).toList())).toList();
        return new CollectionListing(files, candidates, work);
    }

    /** How errors name an object: as found, and as the naming rule named it when that differs. */
    private static String describe(SourceObject found, SourceObject named) {
        String asFound = "'" + found.identifier() + "'";
        return found.identifier().equals(named.identifier()) ? asFound
                : asFound + " (named '" + named.identifier() + "' by steps.identifier)";
    }
}
