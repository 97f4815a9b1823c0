package org.iiifgenerator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iiifgenerator.storage.FileSystemStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageSourceTest {

    @TempDir
    Path dir;

    private FileSystemStorage remote;
    private StorageSource source;
    private Path work;

    @BeforeEach
    void sourceWithTwoFiles() throws IOException {
        remote = new FileSystemStorage(dir.resolve("remote"));
        remote.put("obj/p1.tif", "page one".getBytes(StandardCharsets.UTF_8), "image/tiff");
        remote.put("obj/p2.tif", "page two".getBytes(StandardCharsets.UTF_8), "image/tiff");
        work = dir.resolve("work");
        source = new StorageSource(remote, work);
    }

    @Test
    void listsEveryFileAsKeysWithItsSizeAndVersion() throws IOException {
        assertThat(source.files(warning -> { })).containsOnlyKeys("obj/p1.tif", "obj/p2.tif");
        assertThat(source.files(warning -> { }).values()).allSatisfy(file -> {
            assertThat(file.size()).isEqualTo(8L);
            assertThat(file.version()).as("the S3 ETag").isNotBlank();
        });
    }

    @Test
    void fetchesAFileOnceWhilePagesUseItAndDeletesItAfterTheLast() throws Exception {
        List<Callable<Path>> pages = List.of(() -> source.acquire("obj/p1.tif"), () -> source.acquire("obj/p1.tif"),
                () -> source.acquire("obj/p1.tif"));
        List<Path> files;
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            files = threads.invokeAll(pages).stream().map(StorageSourceTest::get).toList();
        }

        assertThat(files).containsOnly(files.getFirst());
        assertThat(files.getFirst()).hasContent("page one").hasExtension("tif");
        remote.delete("obj/p1.tif");
        assertThat(source.acquire("obj/p1.tif")).as("still local: not fetched again").isEqualTo(files.getFirst());
        source.release("obj/p1.tif");
        source.release("obj/p1.tif");
        source.release("obj/p1.tif");
        assertThat(files.getFirst()).exists();
        source.release("obj/p1.tif");
        assertThat(files.getFirst()).doesNotExist();
        try (var left = Files.list(work)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFailedFetchLeavesNothingBehindAndCanBeRetried() throws IOException {
        try {
            source.acquire("obj/missing.tif");
        } catch (IOException expected) {
            assertThat(expected).hasMessageContaining("missing.tif");
        }
        assertThat(source.acquire("obj/p2.tif")).hasContent("page two");
        source.release("obj/p2.tif");
        try (var left = Files.list(work)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileWithTheLongestNameALocalFolderHoldsIsFetchedWithItsExtension() throws IOException {
        String name = "Ελληνικά ".repeat(14) + "γράμμα.tif";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(240, 255);
        remote.put("obj/" + name, "long".getBytes(StandardCharsets.UTF_8), "image/tiff");

        Path local = source.acquire("obj/" + name);

        assertThat(local).hasContent("long").hasExtension("tif");
        source.release("obj/" + name);
        assertThat(local).doesNotExist();
    }

    private static Path get(Future<Path> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
