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
