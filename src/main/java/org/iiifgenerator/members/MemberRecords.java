package org.iiifgenerator.members;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.TreeMap;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member records under {@code collection/members/}, one per object. Each is written whole by one run and
 * never edited in place, so runs that publish different objects at the same moment never overwrite each other's.
 * Reading them all costs one listing and, thanks to the cache of the last reading ({@code collection/members.json}
 * with the run records, keyed by each record's version), one request per record that changed since.
 */
final class MemberRecords {

    private static final Logger LOG = LoggerFactory.getLogger(MemberRecords.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Storage storage;
    private final Storage cacheStorage;

    /**
     * @param storage      the published root, where the records are
     * @param cacheStorage where the cache of the last reading is kept: with the run records, as it is no public
     *                     document
     */
    MemberRecords(Storage storage, Storage cacheStorage) {
        this.storage = storage;
        this.cacheStorage = cacheStorage;
    }

    void write(Member member) throws IOException {
        storage.put(OutputLayout.memberKey(member.key()), JSON.writeValueAsBytes(member), ContentTypes.JSON);
    }

    void delete(String objectKey) throws IOException {
        storage.delete(OutputLayout.memberKey(objectKey));
    }

    /** Each record's key and version, as the storage lists them now. */
    SequencedMap<String, String> versions() throws IOException {
        SequencedMap<String, String> versions = new TreeMap<>();
        for (Map.Entry<String, StoredFile> file : storage.listing(OutputLayout.MEMBERS_FOLDER).entrySet()) {
            if (isRecord(file.getKey())) {
                versions.put(file.getKey(), file.getValue().version());
            }
        }
        return versions;
    }

    /**
     * The records {@code versions} lists, each from the cache when its version is the cached one. A record deleted
     * since the listing is left out: the caller lists again after writing, and sees the change.
     */
    Reading read(SequencedMap<String, String> versions) throws IOException {
        Map<String, Cached> cache = cache();
        List<Member> members = new ArrayList<>();
        SequencedMap<String, Cached> read = new TreeMap<>();
        for (Map.Entry<String, String> listed : versions.entrySet()) {
            Cached cached = cache.get(listed.getKey());
            if (cached == null || !cached.version().equals(listed.getValue())) {
                try {
                    cached = new Cached(listed.getValue(), JSON.readValue(storage.read(listed.getKey()), Member.class));
                } catch (NoSuchFileException removedMeanwhile) {
                    continue;
                }
            }
            members.add(cached.member());
            read.put(listed.getKey(), cached);
        }
        return new Reading(members, read);
    }

    /** Keeps what was read for the next reading; runs that write it at the same moment each write a valid one. */
    void keep(Reading reading) throws IOException {
        cacheStorage.put(OutputLayout.MEMBERS_CACHE_KEY, JSON.writeValueAsBytes(reading.records()), ContentTypes.JSON);
    }

    private Map<String, Cached> cache() throws IOException {
        try {
            return JSON.readValue(cacheStorage.read(OutputLayout.MEMBERS_CACHE_KEY), new TypeReference<>() { });
        } catch (NoSuchFileException none) {
            return Map.of();
        } catch (IOException | RuntimeException unreadable) {
            // Only a cache: every record is read again, and the cache written anew.
            LOG.warn("{}/{} cannot be read ({}); every member record is read instead", cacheStorage.location(),
                    OutputLayout.MEMBERS_CACHE_KEY, unreadable.getMessage());
            return Map.of();
        }
    }

    /** A member's record, not a file a local write keeps hidden beside it until it is whole. */
    private static boolean isRecord(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        return name.endsWith(".json") && !name.startsWith(".");
    }

    record Cached(String version, Member member) {
    }

    /** The members read, and the records they were read from (what the cache keeps). */
    record Reading(List<Member> members, SequencedMap<String, Cached> records) {
    }
}
