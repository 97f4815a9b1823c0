package org.iiifgenerator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a local images folder lists, and what it names instead of listing. */
class FolderSourceTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void symbolicLinksAreFollowedWhereverTheyPoint() throws IOException {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/box"));
        Files.writeString(elsewhere.resolve("p1.jpg"), "one");
        Files.writeString(dir.resolve("elsewhere/loose.jpg"), "loose");
        Files.createSymbolicLink(images.resolve("box"), elsewhere);
        Files.createSymbolicLink(images.resolve("loose.jpg"), dir.resolve("elsewhere/loose.jpg"));

        FolderSource source = new FolderSource(images);

        assertThat(source.files(warnings::add)).containsOnlyKeys("box/p1.jpg", "loose.jpg")
                .hasEntrySatisfying("loose.jpg", file -> assertThat(file.size()).isEqualTo(5));
        assertThat(source.acquire("box/p1.jpg")).hasContent("one");
        assertThat(warnings).isEmpty();
    }

    @Test
    void whatIsNoFileIsNamedAndSkipped() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.writeString(images.resolve("a.jpg"), "a");
        assertThat(new ProcessBuilder("mkfifo", images.resolve("pipe.jpg").toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(images.resolve("null.jpg"), Path.of("/dev/null"));
        Files.createSymbolicLink(images.resolve("loop.jpg"), images.resolve("loop.jpg"));
        Files.createSymbolicLink(images.resolve("up"), images);

        assertThat(new FolderSource(images).files(warnings::add)).containsOnlyKeys("a.jpg");

        assertThat(warnings).containsExactlyInAnyOrder(
                images.resolve("pipe.jpg") + " is a FIFO (named pipe), not a file; it is skipped",
                images.resolve("null.jpg") + " is a device, not a file; it is skipped",
                images.resolve("loop.jpg") + " is a symbolic link that leads nowhere (to " + images.resolve("loop.jpg")
                        + "); it is skipped",
                images.resolve("up") + " is a symbolic link to a folder it is in; it is skipped");
    }

    @Test
    void hiddenFoldersAreNotLookedInto() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images/.git"));
        assertThat(new ProcessBuilder("mkfifo", images.resolve("pipe").toString()).start().waitFor()).isZero();
        Files.writeString(images.resolve("HEAD.jpg"), "not content");

        assertThat(new FolderSource(images.getParent()).files(warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
    }
}
