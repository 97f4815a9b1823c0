package org.iiifgenerator.members;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.iiif.presentation.CollectionDocument;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The members of the collection published under one root, and the documents made from all of them: the
 * Collection ({@code top.json}), {@code index.jsonl} (unless switched off) and the summary.
 *
 * <p>Runs publishing into one root at the same moment lose nothing. Each writes only its own objects' member
 * records, then rebuilds the documents from a listing of all records, and lists them again after writing: if
 * the listing changed meanwhile (another run recorded or removed a member), it rebuilds again. Whichever run writes
 * the documents last therefore listed, before writing them, every record written before its final listing; and a
 * record written after that listing belongs to a run that rebuilds after it. This needs only what S3 and a local
 * folder both give: a put that replaces an object whole, and a listing that shows every finished put.
 */
public final class CollectionMembers {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionMembers.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Rebuilds in a row before giving up while other runs keep changing the collection; each of them rebuilds too. */
    private static final int MAX_REBUILDS = 20;

    private final Storage storage;
    private final MemberRecords records;
    private final boolean publishIndex;

    /**
     * @param storage      the published root
     * @param runRecords   where the run records are kept (the cache of member records goes there)
     * @param publishIndex whether {@code index.jsonl} is published; without it, one published earlier is removed
     */
    public CollectionMembers(Storage storage, Storage runRecords, boolean publishIndex) {
        this.storage = storage;
        this.records = new MemberRecords(storage, runRecords);
        this.publishIndex = publishIndex;
    }

    /**
     * Records published objects, each replacing its earlier record, then rebuilds the documents. A record that
     * would say only what the earlier one says is not written again: a rerun that changed nothing leaves the
     * collection's last change where it was.
     */
    public CollectionSummary publish(Collection<Member> members, CollectionSettings settings) throws IOException {
        Map<String, Member> earlier = new HashMap<>();
        members().forEach(member -> earlier.put(member.key(), member));
        for (Member member : members) {
            if (!member.saysTheSameAs(earlier.get(member.key()))) {
                records.write(member);
            }
        }
        return rebuild(settings);
    }

    /** Takes members out of the collection: their records go, and the documents are rebuilt without them. */
    public CollectionSummary remove(Collection<Member> members, CollectionSettings settings) throws IOException {
        for (Member member : members) {
            records.delete(member.key());
        }
        return rebuild(settings);
    }

    /** Every member recorded now. */
    public List<Member> members() throws IOException {
        return records.read(records.versions()).members();
    }

    /** The summary the last rebuild wrote; empty for a root that has none (nothing published there yet). */
    public Optional<CollectionSummary> summary() throws IOException {
        try {
            return Optional.of(JSON.readValue(storage.read(OutputLayout.SUMMARY_KEY), CollectionSummary.class));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
    }

    CollectionSummary rebuild(CollectionSettings settings) throws IOException {
        SequencedMap<String, String> listed = records.versions();
        for (int rebuilds = 1; ; rebuilds++) {
            MemberRecords.Reading reading = records.read(listed);
            CollectionSummary summary = write(reading.members(), settings);
            records.keep(reading);
            SequencedMap<String, String> now = records.versions();
            if (now.equals(listed)) {
                return summary;
            }
            if (rebuilds == MAX_REBUILDS) {
                LOG.warn("The collection in {} changed during each of {} rebuilds: other runs are publishing into it, "
                        + "and the last of them to finish lists everything", storage.location(), rebuilds);
                return summary;
            }
            listed = now;
        }
    }

    private CollectionSummary write(List<Member> members, CollectionSettings settings) throws IOException {
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(Member.COLLECTION_ORDER);
        OutputLayout layout = settings.layout();
        List<PublishedObject> objects = ordered.stream().map(member -> member.toPublished(layout)).toList();
        storage.put(OutputLayout.COLLECTION_KEY, settings.writer().collection(new CollectionDocument(settings.ref(),
                objects)), ContentTypes.JSON);
        if (publishIndex) {
            storage.put(OutputLayout.INDEX_KEY, indexLines(objects), ContentTypes.of(OutputLayout.INDEX_KEY));
        } else {
            storage.delete(OutputLayout.INDEX_KEY);
        }
        CollectionSummary summary = CollectionSummary.of(ordered, settings);
        storage.put(OutputLayout.SUMMARY_KEY, IiifJson.write(summary), ContentTypes.JSON);
        return summary;
    }

    private static byte[] indexLines(List<PublishedObject> objects) {
        StringBuilder lines = new StringBuilder();
        for (PublishedObject object : objects) {
            lines.append(IiifJson.line(IndexRecord.of(object))).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
