package org.iiifgenerator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On Linux two folders swap places in one step; where they cannot, nothing changes and the caller is told. */
class FolderSwapTest {

    @TempDir
    Path dir;

    @Test
    void twoFoldersOnOneFileSystemSwapPlacesOnLinux() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        Path published = folderHolding(dir.resolve("tiles/ms-1-1"), "old");
        Path made = folderHolding(dir.resolve("work/ms-1-1 \u00e9"), "new");

        assertThat(FolderSwap.swap(made, published)).isTrue();

        assertThat(published.resolve("info.json")).hasContent("new");
        assertThat(made.resolve("info.json")).hasContent("old");
    }

    @Test
    void foldersOnTwoFileSystemsStayWhereTheyAre() throws IOException {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isWritable(shm) && !Files.getFileStore(shm).equals(Files.getFileStore(dir)));
        Path elsewhere = Files.createTempDirectory(shm, "swap-");
        try {
            Path published = folderHolding(dir.resolve("tiles/ms-1-1"), "old");
            Path made = folderHolding(elsewhere.resolve("ms-1-1"), "new");

            assertThat(FolderSwap.swap(made, published)).isFalse();

            assertThat(published.resolve("info.json")).hasContent("old");
            assertThat(made.resolve("info.json")).hasContent("new");
        } finally {
            LocalFolders.deleteRecursively(elsewhere);
        }
    }

    private static Path folderHolding(Path folder, String info) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("info.json"), info);
        return folder;
    }
}
