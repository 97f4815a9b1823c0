package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.ThreadLocalRandom;
import org.iiifgenerator.storage.Storage;
import org.iiifgenerator.storage.StoredFile;

/**
 * A storage that waits a random while (up to {@code maxMicros}) before each request, so that runs sharing it
 * interleave their requests differently each time: what a test of concurrent runs needs to meet the bad orders.
 */
public final class JitteryStorage implements Storage {

    private final Storage storage;
    private final int maxMicros;

    public JitteryStorage(Storage storage, int maxMicros) {
        this.storage = storage;
        this.maxMicros = maxMicros;
    }

    private void jitter() {
        long micros = ThreadLocalRandom.current().nextLong(maxMicros + 1L);
        try {
            Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void put(String key, byte[] content, String contentType) throws IOException {
        jitter();
        storage.put(key, content, contentType);
    }

    @Override
    public void putFile(String key, Path file, String contentType) throws IOException {
        jitter();
        storage.putFile(key, file, contentType);
    }

    @Override
    public Optional<Path> stagingArea() {
        return storage.stagingArea();
    }

    @Override
    public boolean exists(String key) throws IOException {
        jitter();
        return storage.exists(key);
    }

    @Override
    public SequencedMap<String, StoredFile> listing(String prefix) throws IOException {
        jitter();
        return storage.listing(prefix);
    }

    @Override
    public byte[] read(String key) throws IOException {
        jitter();
        return storage.read(key);
    }

    @Override
    public void download(String key, Path target) throws IOException {
        jitter();
        storage.download(key, target);
    }

    @Override
    public void delete(String key) throws IOException {
        jitter();
        storage.delete(key);
    }

    @Override
    public void deleteAll(List<String> keys) throws IOException {
        jitter();
        storage.deleteAll(keys);
    }

    @Override
    public String location() {
        return storage.location();
    }
}
