package org.iiifgenerator.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemStorageTest {

    @TempDir
    Path dir;

    private Path root;
    private Path work;
    private FileSystemStorage storage;

    @BeforeEach
    void openStorage() throws IOException {
        root = dir.resolve("out");
        work = Files.createDirectories(dir.resolve("work"));
        storage = new FileSystemStorage(root);
    }

    @Nested
    class Put {

        @Test
        void publishedBytesCanBeReadBackUnderTheirKey() throws IOException {
            storage.put("ms-1/manifest.json", bytes("{}"), ContentTypes.JSON);

            assertThat(storage.read("ms-1/manifest.json")).isEqualTo(bytes("{}"));
            assertThat(root.resolve("ms-1/manifest.json")).hasContent("{}");
            assertThat(storage.exists("ms-1/manifest.json")).isTrue();
        }

        @Test
        void keysWithSpacesAndUnicodeAreFileNamesAsWritten() throws IOException {
            storage.put("Caf\u00e9 letters/Żółć 日本.json", bytes("{}"), ContentTypes.JSON);

            assertThat(root.resolve("Caf\u00e9 letters").resolve("Żółć 日本.json")).hasContent("{}");
            assertThat(storage.list("")).containsExactly("Caf\u00e9 letters/Żółć 日本.json");
        }

        @Test
        void leavesNoTemporaryFileBehind() throws IOException {
            storage.put("collection/top.json", bytes("1"), ContentTypes.JSON);
            storage.put("collection/top.json", bytes("2"), ContentTypes.JSON);
            storage.put("collection/index.jsonl", bytes("3"), "application/x-ndjson");

            assertThat(filesUnder(root)).containsExactlyInAnyOrder(
                    root.resolve("collection/top.json"), root.resolve("collection/index.jsonl"));
        }

        @Test
        void publishedFilesAreReadableByOthersLikeAnyNewFile() throws IOException {
            assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
            Path ordinary = Files.createFile(work.resolve("ordinary.json"));

            storage.put("collection/top.json", bytes("{}"), ContentTypes.JSON);

            assertThat(Files.getPosixFilePermissions(root.resolve("collection/top.json")))
                    .as("a web server running as another user must be able to serve it")
                    .isEqualTo(Files.getPosixFilePermissions(ordinary));
        }
    }

    @Nested
    class PutFile {

        @Test
        void movesTheFileToItsKey() throws IOException {
            Path tile = Files.writeString(work.resolve("tile.jpg"), "jpeg bytes");

            storage.putFile("tiles/ms-1-1/0,0,256,256/256,256/0/default.jpg", tile, "image/jpeg");

            assertThat(root.resolve("tiles/ms-1-1/0,0,256,256/256,256/0/default.jpg")).hasContent("jpeg bytes");
            assertThat(tile).doesNotExist();
        }
    }

    /**
     * A service published again over itself, as a rerun does, while a viewer reads it: at every moment its
     * info.json is there and every file it lists is there too.
     */
    @Nested
    class PutFolderOverAPublishedFolder {

        private static final int REPLACEMENTS = 100;

        @Test
        void aReaderFindsItWholeAtEveryMoment() throws Exception {
            assertThat(problemsSeenWhileReplacing(work)).isEmpty();
            assertThat(Files.list(root.resolve("tiles")).toList()).as("nothing beside the service")
                    .containsExactly(root.resolve("tiles/ms-1-1"));
            assertThat(filesUnder(work)).as("the old versions are gone").isEmpty();
        }

        /** No swap in one step across file systems: file by file, info.json last. */
        @Test
        void aReaderFindsItWholeAtEveryMomentWhenTheWorkFolderIsOnAnotherFileSystem() throws Exception {
            Path shm = Path.of("/dev/shm");
            assumeTrue(Files.isWritable(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(dir)));
            Path elsewhere = Files.createTempDirectory(shm, "work-");
            try {
                assertThat(problemsSeenWhileReplacing(elsewhere)).isEmpty();
                assertThat(Files.list(root.resolve("tiles")).toList()).as("nothing beside the service")
                        .containsExactly(root.resolve("tiles/ms-1-1"));
                assertThat(filesUnder(elsewhere)).isEmpty();
            } finally {
                LocalFolders.deleteRecursively(elsewhere);
            }
        }

        @Test
        void filesTheNewVersionDoesNotHaveAreGone() throws IOException {
            storage.putFolder("tiles/ms-1-1", version(work, 0), "info.json");
            storage.putFolder("tiles/ms-1-1", version(work, 1), "info.json");

            assertThat(filesUnder(root.resolve("tiles"))).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(Stream.of("info.json"), tilesOf(1).stream())
                            .map(name -> root.resolve("tiles/ms-1-1").resolve(name)).toList());
        }

        @Test
        void whatAnEarlierVersionLeftBesideTheServicesIsRemoved() throws IOException {
            storage.putFolder("tiles/ms-1-1", version(work, 0), "info.json");
            Path leftover = Files.createDirectories(root.resolve("tiles/.ms-1-1.replaced-4f9c2a51/full/max/0"));
            Files.writeString(leftover.resolve("default.jpg"), "old");
            Path other = Files.writeString(root.resolve("tiles/.keep"), "not ours");

            storage.removeLeftovers("tiles");

            assertThat(root.resolve("tiles/.ms-1-1.replaced-4f9c2a51")).doesNotExist();
            assertThat(other).exists();
            assertThat(root.resolve("tiles/ms-1-1/info.json")).exists();
        }

        /** Publishes {@value #REPLACEMENTS} versions one over the other while another thread reads the service. */
        private List<String> problemsSeenWhileReplacing(Path staging) throws Exception {
            storage.putFolder("tiles/ms-1-1", version(staging, 0), "info.json");
            Path service = root.resolve("tiles/ms-1-1");
            List<String> problems = new CopyOnWriteArrayList<>();
            AtomicBoolean replacing = new AtomicBoolean(true);
            Thread reader = Thread.ofPlatform().start(() -> {
                while (replacing.get() && problems.size() < 10) {
                    problems.addAll(missing(service));
                }
            });
            try {
                for (int version = 1; version <= REPLACEMENTS; version++) {
                    storage.putFolder("tiles/ms-1-1", version(staging, version), "info.json");
                }
            } finally {
                replacing.set(false);
                reader.join();
            }
            return problems;
        }

        /**
         * What the service's info.json lists that is not there, or that info.json itself is not. A version replaced
         * while its files were looked for tells nothing: a viewer then reads the new info.json.
         */
        private static List<String> missing(Path service) {
            List<String> listed = infoJson(service);
            if (listed.isEmpty()) {
                return List.of("no info.json");
            }
            List<String> missing = listed.stream().skip(1).filter(name -> !Files.isRegularFile(service.resolve(name)))
                    .map(name -> name + ", which info.json " + listed.getFirst() + " lists").toList();
            return infoJson(service).equals(listed) ? missing : List.of();
        }

        /** The version, then the files of that version; empty when there is no info.json. */
        private static List<String> infoJson(Path service) {
            try {
                return Files.readAllLines(service.resolve("info.json"));
            } catch (IOException e) {
                return List.of();
            }
        }

        /** A service folder whose info.json lists its files; odd and even versions have different tiles. */
        private static Path version(Path staging, int version) throws IOException {
            Path folder = Files.createDirectories(staging.resolve("service-" + version));
            for (String tile : tilesOf(version)) {
                Path file = folder.resolve(tile);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "version " + version);
            }
            Files.write(folder.resolve("info.json"),
                    Stream.concat(Stream.of("version " + version), tilesOf(version).stream()).toList());
            return folder;
        }

        private static List<String> tilesOf(int version) {
            int size = version % 2 == 0 ? 256 : 512;
            return IntStream.range(0, 4).mapToObj(x -> x * size + ",0," + size + "," + size + "/" + size + ","
                    + size + "/0/default.jpg").toList();
        }
    }

    @Test
    void aKeyLeavingTheRootIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(work.resolve("file"), "x");

        assertThatIllegalArgumentException().isThrownBy(() -> storage.put("../outside.json", bytes("x"),
                ContentTypes.JSON));
        assertThatIllegalArgumentException().isThrownBy(() -> storage.putFile("tiles/../../outside.json", file,
                ContentTypes.JSON));
        assertThat(filesUnder(dir)).containsExactly(file);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
