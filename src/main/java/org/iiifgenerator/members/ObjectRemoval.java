package org.iiifgenerator.members;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.layout.RecordsLocation;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.Storages;
import org.iiifgenerator.task.InvalidJobException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes objects out of a published collection ({@code iiif-generator remove}). First the collection stops listing
 * them (their member records go and its documents are rebuilt, with the settings the summary recorded), then their
 * manifests, the records of what their image services were made from, and the services themselves are deleted.
 * Killed in between, nothing public points at what is left. Nothing else is touched.
 */
public final class ObjectRemoval {

    /** The header that names the collection's root: a local folder or {@code s3://bucket/prefix}. */
    public static final String OUTPUT = "IiifOutput";
    /**
     * The header that names where the collection's run records are kept; absent for the folder beside a local
     * output (see {@link RecordsLocation}).
     */
    public static final String RECORDS = "IiifRecords";
    private static final Logger LOG = LoggerFactory.getLogger(ObjectRemoval.class);

    private final Storages storages;

    public ObjectRemoval(Storages storages) {
        this.storages = storages;
    }

    public CollectionSummary remove(@Header(OUTPUT) String output, @Header(RECORDS) String records,
                                    @Body List<String> identifiers) throws IOException {
        Location root = Location.parse(output);
        Storage storage = storages.open(root);
        Storage runRecords = storages.open(recordsOf(root, records));
        // The index stays switched off for a collection published without it.
        CollectionMembers collection = new CollectionMembers(storage, runRecords,
                storage.exists(OutputLayout.INDEX_KEY));
        CollectionSummary summary = collection.summary().orElseThrow(() -> new InvalidJobException(storage.location()
                + " has no " + OutputLayout.SUMMARY_KEY + ": no collection was published there by this version of "
                + "iiif-generator. Give the --out (or s3://bucket/prefix) a collection was published to, or publish "
                + "it again first."));
        List<Member> removed = chosen(collection.members(), identifiers, storage);
        CollectionSummary rebuilt = collection.remove(removed, summary.settings());
        OutputLayout layout = summary.settings().layout();
        for (Member member : removed) {
            storage.delete(layout.manifestKey(member.key()));
            // Records published under the output by earlier versions go too.
            for (Storage place : runRecords.location().equals(storage.location()) ? List.of(storage)
                    : List.of(runRecords, storage)) {
                place.deleteAll(servicesKeys(place, OutputLayout.PROVENANCE_FOLDER + OutputLayout.TILES_FOLDER,
                        member.key()));
            }
            storage.deleteAll(servicesKeys(storage, OutputLayout.TILES_FOLDER, member.key()));
            storage.deleteAll(servicesKeys(storage, OutputLayout.TIFF_FOLDER, member.key()));
            LOG.info("Removed '{}': its manifest, {} image services and their records", member.identifier(),
                    member.pages());
        }
        LOG.info("The collection in {} now has {} objects", storage.location(), rebuilt.members());
        return rebuilt;
    }

    private static Location recordsOf(Location root, String records) {
        if (records != null && !records.isBlank()) {
            return Location.parse(records.strip());
        }
        if (root.isLocal()) {
            return RecordsLocation.beside(root);
        }
        throw new InvalidJobException("--records is not given: for a collection in S3, give where its run records "
                + "are kept, s3://<task bucket>/" + RecordsLocation.TASK_BUCKET_FOLDER + "/<bucket>/<prefix> by "
                + "default (the folder of the report its task outcomes name), or the --out itself when they were "
                + "published with it");
    }

    /** The members named, by identifier or key; fails naming those the collection does not have. */
    private static List<Member> chosen(List<Member> members, List<String> identifiers, Storage storage) {
        Map<String, Member> byName = new LinkedHashMap<>();
        members.forEach(member -> {
            byName.put(member.key(), member);
            byName.put(member.identifier(), member);
        });
        List<Member> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String identifier : identifiers) {
            Member member = byName.get(identifier.strip());
            if (member == null) {
                unknown.add("'" + identifier + "'");
            } else if (!chosen.contains(member)) {
                chosen.add(member);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidJobException("The collection in " + storage.location() + " has no object "
                    + String.join(", ", unknown) + " (of its " + members.size() + "; " + OutputLayout.INDEX_KEY
                    + " lists them): nothing was removed");
        }
        return chosen;
    }

    /**
     * Every key of the object's image services (or of their records) under {@code folder}: {@code <key>-<page>/...}
     * (or {@code <key>-<page>.json}, its pyramidal TIFF {@code <key>-<page>.tif}), and not those of an object whose
     * key only starts the same way.
     */
    private static List<String> servicesKeys(Storage storage, String folder, String objectKey) throws IOException {
        String prefix = folder + "/" + objectKey + "-";
        Pattern page = Pattern.compile(Pattern.quote(prefix) + "\\d+(/|\\.json$|\\.tif$)");
        return storage.list(prefix).stream().filter(key -> page.matcher(key).lookingAt()).toList();
    }
}
