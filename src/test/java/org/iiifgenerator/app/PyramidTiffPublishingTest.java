package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pyramid-tiff tiles+tiff} publishes a pyramidal TIFF per page beside the tiles, kept by reruns. */
class PyramidTiffPublishingTest {

    @TempDir
    Path dir;

    private Path images;
    private Path out;

    @BeforeEach
    void images() {
        images = dir.resolve("images");
        TestImages.image(images.resolve("a/p1.jpg"), 400, 300, 1);
        TestImages.image(images.resolve("a/p2.jpg"), 300, 400, 2);
        TestImages.image(images.resolve("b.jpg"), 500, 200, 3);
        out = dir.resolve("out");
    }

    @Test
    void aTiffPerPageIsPublishedBesideTheTilesAndAnUnchangedRerunKeepsIt() throws IOException {
        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);

        assertThat(tiffs().keySet()).containsExactly("tiff/a-1.tif", "tiff/a-2.tif", "tiff/b-1.tif");
        String header = VipsCli.run("vipsheader", "-a", out.resolve("tiff/a-1.tif").toString());
        assertThat(header).contains("width: 400", "height: 300").as("levels 400, 200 and 100")
                .containsPattern("(?m)^n-pages: 3$");
        assertThat(out.resolve("tiles/a-1/info.json")).as("the static service too").isRegularFile();
        assertThat(out.resolve("a/manifest.json")).isRegularFile();
        Map<String, FileTime> written = tiffs();

        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);

        assertThat(Reruns.statuses(out).values()).containsOnly("unchanged");
        assertThat(tiffs()).as("no TIFF written again").isEqualTo(written);
    }

    @Test
    void changingTheSettingMakesEveryServiceAgainWithOrWithoutItsTiff() throws IOException {
        assertThat(run()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("tiff")).doesNotExist();

        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);
        assertThat(Reruns.statuses(out).values()).as("services without a TIFF are made again").containsOnly("tiled");
        assertThat(tiffs()).hasSize(3);

        assertThat(run("--pyramid-tiff", "tiles")).isEqualTo(ExitCodes.OK);
        assertThat(Reruns.statuses(out).values()).containsOnly("tiled");
        assertThat(tiffs()).as("a TIFF no longer made is not left to show an older page").isEmpty();
    }

    @Test
    void removingAnObjectRemovesItsTiffs() throws IOException {
        assertThat(run("--pyramid-tiff", "tiles+tiff")).isEqualTo(ExitCodes.OK);

        assertThat(IiifGenerator.commandLine().execute("remove", "--out", out.toString(), "a")).isEqualTo(ExitCodes.OK);

        assertThat(tiffs().keySet()).containsExactly("tiff/b-1.tif");
    }

    @Test
    void anUnknownModeIsRefusedNamingTheOption() {
        assertThat(run("--pyramid-tiff", "tif")).isEqualTo(ExitCodes.INVALID);
        assertThat(out.resolve("tiles")).doesNotExist();
    }

    private int run(String... options) {
        String[] command = Stream.concat(Stream.of("local", "--images", images.toString(), "--out", out.toString(),
                "--tile-size", "128"), Stream.of(options)).toArray(String[]::new);
        return IiifGenerator.commandLine().execute(command);
    }

    /** The published TIFFs, by key, with the time each was written. */
    private Map<String, FileTime> tiffs() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        Path folder = out.resolve("tiff");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    times.put(out.relativize(file).toString(), Files.getLastModifiedTime(file));
                }
            }
        }
        return times;
    }
}
