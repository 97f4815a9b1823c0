package org.iiifgenerator.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Storage} does, whatever it publishes to. A subclass supplies an empty storage per test; the
 * pipeline relies on nothing else.
 */
abstract class StorageContract {

    /** Spaces, accents and scripts outside Latin-1, as in real object identifiers and file names. */
    static final String UNICODE_KEY = "Caf\u00e9 letters/\u017b\u00f3\u0142\u0107 \u65e5\u672c/page 1.json";

    @TempDir
    Path work;

    Storage storage;

    /** A storage with nothing published in it yet. */
    abstract Storage emptyStorage() throws Exception;

    @BeforeEach
    void openStorage() throws Exception {
        storage = emptyStorage();
    }

    @Nested
    class Put {

        @Test
        void publishedBytesCanBeReadBackUnderTheirKey() throws IOException {
            storage.put("ms-1/manifest.json", bytes("{\"id\":1}"), ContentTypes.JSON);

            assertThat(storage.read("ms-1/manifest.json")).isEqualTo(bytes("{\"id\":1}"));
        }

        @Test
        void aSecondPutReplacesTheFirst() throws IOException {
            storage.put("collection/top.json", bytes("first, longer content"), ContentTypes.JSON);
            storage.put("collection/top.json", bytes("second"), ContentTypes.JSON);

            assertThat(storage.read("collection/top.json")).isEqualTo(bytes("second"));
        }

        @Test
        void keysWithSpacesAndUnicodeRoundTripExactly() throws IOException {
            storage.put(UNICODE_KEY, bytes("{}"), ContentTypes.JSON);

            assertThat(storage.read(UNICODE_KEY)).isEqualTo(bytes("{}"));
            assertThat(storage.exists(UNICODE_KEY)).isTrue();
            assertThat(storage.list("Caf\u00e9 ")).containsExactly(UNICODE_KEY);
            Path copy = work.resolve("copy.json");
            storage.download(UNICODE_KEY, copy);
            assertThat(copy).hasContent("{}");
            storage.delete(UNICODE_KEY);
            assertThat(storage.exists(UNICODE_KEY)).isFalse();
        }
    }

    @Nested
    class PutFile {

        @Test
        void publishesTheFileAndConsumesIt() throws IOException {
            Path tile = Files.writeString(work.resolve("tile.jpg"), "jpeg bytes");

            storage.putFile("tiles/ms-1-1/0,0,256,256/256,256/0/default.jpg", tile, "image/jpeg");

            assertThat(storage.read("tiles/ms-1-1/0,0,256,256/256,256/0/default.jpg")).isEqualTo(bytes("jpeg bytes"));
            assertThat(tile).doesNotExist();
        }

        @Test
        void replacesWhatWasPublished() throws IOException {
            storage.put("tiles/ms-1-1/info.json", bytes("old"), ContentTypes.JSON);

            storage.putFile("tiles/ms-1-1/info.json", Files.writeString(work.resolve("info.json"), "new"),
                    ContentTypes.JSON);

            assertThat(storage.read("tiles/ms-1-1/info.json")).isEqualTo(bytes("new"));
        }
    }

    @Nested
    class PutFolder {

        @Test
        void publishesEveryFileUnderThePrefixWithItsRelativePathAndConsumesTheFolder() throws IOException {
            Map<String, String> files = Map.of(
                    "info.json", "{\"id\":\"ms-1-1\"}",
                    "full/max/0/default.jpg", "full image",
                    "0,0,256,256/256,/0/default.jpg", "first tile",
                    "Caf\u00e9 \u65e5\u672c/page 1.webp", "unicode path");
            Path folder = folder("ms-1-1", files);

            storage.putFolder("tiles/ms-1-1", folder, "info.json");

            assertThat(storage.list("tiles/")).containsExactly(
                    "tiles/ms-1-1/0,0,256,256/256,/0/default.jpg",
                    "tiles/ms-1-1/Caf\u00e9 \u65e5\u672c/page 1.webp",
                    "tiles/ms-1-1/full/max/0/default.jpg",
                    "tiles/ms-1-1/info.json");
            for (Map.Entry<String, String> file : files.entrySet()) {
                assertThat(storage.read("tiles/ms-1-1/" + file.getKey())).as(file.getKey())
                        .isEqualTo(bytes(file.getValue()));
            }
            assertThat(folder).doesNotExist();
        }

        @Test
        void replacesAPublishedLastFile() throws IOException {
            storage.put("tiles/ms-1-1/info.json", bytes("old"), ContentTypes.JSON);

            storage.putFolder("tiles/ms-1-1", folder("ms-1-1", Map.of("info.json", "new")), "info.json");

            assertThat(storage.read("tiles/ms-1-1/info.json")).isEqualTo(bytes("new"));
        }
    }

    @Nested
    class PutArchive {

        @Test
        void publishesTheEntriesItIsToldToUnderTheirKeysAndLeavesTheZip() throws IOException {
            Path zip = work.resolve("ms-1-1.zip");
            Map<String, String> entries = new TreeMap<>();
            IntStream.range(0, 120).forEach(i -> entries.put("ms-1-1/" + i + ",0,256,256/256,/0/default.jpg", "tile " + i));
            entries.put("ms-1-1/info.json", "dzsave's own");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("ms-1-1/"));
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(bytes(entry.getValue()));
                }
            }

            storage.putArchive("tiles/ms-1-1", zip, name -> name.endsWith("info.json") ? null
                    : name.substring("ms-1-1/".length()));

            assertThat(storage.list("tiles/")).hasSize(120).doesNotContain("tiles/ms-1-1/info.json");
            assertThat(storage.read("tiles/ms-1-1/7,0,256,256/256,/0/default.jpg")).isEqualTo(bytes("tile 7"));
            assertThat(storage.read("tiles/ms-1-1/119,0,256,256/256,/0/default.jpg")).isEqualTo(bytes("tile 119"));
            assertThat(zip).isRegularFile();
        }
    }

    @Nested
    class Exists {

        @Test
        void isTrueForAPublishedKeyAndFalseForAMissingKeyOrAFolder() throws IOException {
            storage.put("tiles/ms-1-1/info.json", bytes("{}"), ContentTypes.JSON);

            assertThat(storage.exists("tiles/ms-1-1/info.json")).isTrue();
            assertThat(storage.exists("tiles/ms-1-1/missing.json")).isFalse();
            assertThat(storage.exists("tiles/ms-1-1")).isFalse();
        }
    }

    @Nested
    class ListKeys {

        @BeforeEach
        void publishSomeKeys() throws IOException {
            for (String key : List.of("tiles/b-1/info.json", "tiles/a-10/info.json", "tiles/a-1/info.json",
                    "tiles/a-1/full/max/0/default.jpg", "a-1/manifest.json", "collection/top.json")) {
                storage.put(key, bytes(key), ContentTypes.of(key));
            }
        }

        @Test
        void everyKeyIsListedInLexicalOrder() throws IOException {
            assertThat(storage.list("")).containsExactly("a-1/manifest.json", "collection/top.json",
                    "tiles/a-1/full/max/0/default.jpg", "tiles/a-1/info.json", "tiles/a-10/info.json",
                    "tiles/b-1/info.json");
        }

        @Test
        void aFolderPrefixListsItsNestedKeysOnly() throws IOException {
            assertThat(storage.list("tiles/a-1/"))
                    .containsExactly("tiles/a-1/full/max/0/default.jpg", "tiles/a-1/info.json");
        }

        @Test
        void aPrefixIsAStringPrefixAsInS3() throws IOException {
            assertThat(storage.list("tiles/a-1"))
                    .containsExactly("tiles/a-1/full/max/0/default.jpg", "tiles/a-1/info.json", "tiles/a-10/info.json");
        }

        @Test
        void sizesAreTheBytesOfEachKeyInTheSameOrder() throws IOException {
            assertThat(storage.sizes("tiles/a-1")).containsExactly(
                    Map.entry("tiles/a-1/full/max/0/default.jpg", (long) "tiles/a-1/full/max/0/default.jpg".length()),
                    Map.entry("tiles/a-1/info.json", (long) "tiles/a-1/info.json".length()),
                    Map.entry("tiles/a-10/info.json", (long) "tiles/a-10/info.json".length()));
        }

        @Test
        void aVersionChangesWhenTheContentDoes() throws IOException {
            storage.put("versions/a.json", "{\"a\":1}".getBytes(UTF_8), ContentTypes.JSON);
            StoredFile first = storage.listing("versions/").get("versions/a.json");
            assertThat(storage.listing("versions/").get("versions/a.json")).as("listed again").isEqualTo(first);
            storage.put("versions/a.json", "{\"a\":2}".getBytes(UTF_8), ContentTypes.JSON);
            StoredFile second = storage.listing("versions/").get("versions/a.json");
            assertThat(second.size()).isEqualTo(first.size());
            assertThat(second.version()).as("same size, other content").isNotEqualTo(first.version());
        }

        @Test
        void anUnknownPrefixListsNothing() throws IOException {
            assertThat(storage.list("nothing/here/")).isEmpty();
        }
    }

    /** More keys than S3 returns in one ListObjectsV2 page (1000). */
    @Nested
    class LongListing {

        static final int KEYS = 1_005;

        @Test
        void listsEveryKeyAcrossPagesInOrder() throws IOException {
            Map<String, String> tiles = new TreeMap<>();
            IntStream.range(0, KEYS).forEach(i -> tiles.put("%04d/default.jpg".formatted(i), "tile " + i));
            storage.putFolder("tiles/big", folder("big", tiles), "info.json");

            List<String> listed = storage.list("tiles/big/");

            assertThat(listed).hasSize(KEYS)
                    .startsWith("tiles/big/0000/default.jpg")
                    .endsWith("tiles/big/%04d/default.jpg".formatted(KEYS - 1))
                    .isSorted();
        }
    }

    @Nested
    class Download {

        @Test
        void writesTheObjectToAFileCreatingItsFolders() throws IOException {
            byte[] scan = new byte[3 * 1024 * 1024 + 17];
            new Random(7).nextBytes(scan);
            storage.put("scans/ms-1/page 1.jpg", scan, "image/jpeg");
            Path target = work.resolve("downloads/ms-1/page 1.jpg");

            storage.download("scans/ms-1/page 1.jpg", target);

            assertThat(target).hasBinaryContent(scan);
        }

        @Test
        void replacesAnExistingFile() throws IOException {
            storage.put("collection/top.json", bytes("new"), ContentTypes.JSON);
            Path target = Files.writeString(work.resolve("top.json"), "an older and longer content");

            storage.download("collection/top.json", target);

            assertThat(target).hasContent("new");
        }
    }

    @Nested
    class Delete {

        @Test
        void removesTheKeyOnly() throws IOException {
            storage.put("ms-1/manifest.json", bytes("{}"), ContentTypes.JSON);
            storage.put("ms-2/manifest.json", bytes("{}"), ContentTypes.JSON);

            storage.delete("ms-1/manifest.json");

            assertThat(storage.exists("ms-1/manifest.json")).isFalse();
            assertThat(storage.list("")).containsExactly("ms-2/manifest.json");
        }

        @Test
        void ofAMissingKeyDoesNothing() throws IOException {
            storage.delete("ms-1/never-published.json");

            assertThat(storage.list("")).isEmpty();
        }

        /** More keys than one S3 DeleteObjects request takes, and a missing one among them. */
        @Test
        void ofManyKeysRemovesThoseOnly() throws IOException {
            List<String> tiles = new ArrayList<>();
            for (int tile = 0; tile < 1005; tile++) {
                tiles.add("tiles/ms-1-1/0," + tile + ",256,256/256,/0/default.jpg");
            }
            for (String tile : tiles) {
                storage.put(tile, bytes("t"), ContentTypes.of(tile));
            }
            storage.put("tiles/ms-1-2/info.json", bytes("{}"), ContentTypes.JSON);
            tiles.add("tiles/ms-1-1/never-published.jpg");

            storage.deleteAll(tiles);

            assertThat(storage.list("")).containsExactly("tiles/ms-1-2/info.json");
        }
    }

    @Nested
    class MissingKeys {

        @Test
        void readFailsWithNoSuchFileNamingTheKey() {
            assertThatThrownBy(() -> storage.read("ms-1/missing.json"))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining("ms-1/missing.json");
        }

        @Test
        void downloadFailsWithNoSuchFileAndWritesNothing() {
            Path target = work.resolve("missing.json");

            assertThatThrownBy(() -> storage.download("ms-1/missing.json", target))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining("ms-1/missing.json");
            assertThat(target).doesNotExist();
        }
    }

    @Nested
    class InvalidKeys {

        @ParameterizedTest
        @ValueSource(strings = {"", "/etc/passwd", "../outside.json", "tiles/../../outside.json", "tiles//info.json",
                "tiles/", "./info.json", "tiles\\info.json"})
        void areRejectedByEveryOperation(String key) throws IOException {
            Path file = Files.writeString(work.resolve("file"), "x");
            Path folder = folder("folder", Map.of("info.json", "{}"));

            assertThatIllegalArgumentException().isThrownBy(() -> storage.put(key, bytes("x"), ContentTypes.JSON));
            assertThatIllegalArgumentException().isThrownBy(() -> storage.putFile(key, file, ContentTypes.JSON));
            assertThatIllegalArgumentException().isThrownBy(() -> storage.putFolder(key, folder, "info.json"));
            assertThatIllegalArgumentException().isThrownBy(() -> storage.read(key));
            assertThatIllegalArgumentException().isThrownBy(() -> storage.exists(key));
            assertThatIllegalArgumentException().isThrownBy(() -> storage.download(key, work.resolve("copy")));
            assertThatIllegalArgumentException().isThrownBy(() -> storage.delete(key));
            assertThat(file).exists();
            assertThat(folder.resolve("info.json")).exists();
            assertThat(storage.list("")).isEmpty();
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    /** A local folder as the tiler leaves it: relative path → content. */
    Path folder(String name, Map<String, String> files) throws IOException {
        Path folder = work.resolve("staging").resolve(name);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return Files.createDirectories(folder);
    }
}
