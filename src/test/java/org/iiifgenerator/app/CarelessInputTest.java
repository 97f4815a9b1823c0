package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.iiifgenerator.config.SettingsRegistry;
import org.iiifgenerator.layout.KeySegments;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.PresentationSchema;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless or unlucky user gives the {@code local} command, and what they then read on the console (the
 * text log format's lines): one line that says what happened and what to do, and an exit code that tells the truth.
 * Most runs are in this JVM, for speed; the first runs as a user runs it, in a JVM of its own.
 */
class CarelessInputTest {

    @TempDir
    Path dir;

    @Test
    void anOutputFolderInsideTheImagesFolderIsRefusedBeforeAnyWork() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 120, 80);
        Path out = images.resolve("site");

        ChildProcess.Result run = ChildProcess.run(Map.of(), "local", "--images", images.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.output()).as("one line naming both folders and what to do").containsOnlyOnce(
                " SEVERE  PipelineRunner The job cannot start: --out " + out + " is inside --images " + images
                        + ": a later run would take what is published there for images. Choose an output folder "
                        + "outside the images folder." + System.lineSeparator());
        assertThat(run.output()).doesNotContain("\tat ");
        assertThat(out).as("nothing is written").doesNotExist();
    }

    @Test
    void theImagesFolderItselfAsOutputIsRefusedToo() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 120, 80);

        Run run = local(Map.of(), images, images);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.output()).contains("--out " + images + " is inside --images " + images);
        try (Stream<Path> files = Files.list(images)) {
            assertThat(files).containsExactly(images.resolve("a.jpg"));
        }
    }

    @Test
    void aFolderWithoutImagesIsRefusedLikeAnEmptyOne() throws Exception {
        Path onlyOthers = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(onlyOthers.resolve("readme.txt"), "scans to follow");
        Files.writeString(onlyOthers.resolve("list.csv"), "identifier\na\n");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        for (Path images : List.of(onlyOthers, empty)) {
            Path out = dir.resolve("out-" + images.getFileName());
            Run run = local(Map.of(), images, out);

            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.INVALID);
            assertThat(run.output()).as(images.toString()).containsOnlyOnce(" SEVERE  PipelineRunner The job "
                    + "cannot start: No images found in " + images
                    + " (--images): give a folder with image files (jpg, jpeg, jpe, jp2, j2k, png, tif, tiff, "
                    + "webp, gif, bmp, heic, heif, avif, jxl or pdf), each loose file or sub-folder an object.");
            assertThat(out.resolve("collection/top.json")).as("no empty collection").doesNotExist();
        }
    }

    @Test
    void specialFilesAndSymbolicLinksThatLeadNowhereAreNamedAndLinksElsewhereFollowed() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 120, 80);
        Path elsewhere = dir.resolve("elsewhere");
        TestImages.image(elsewhere.resolve("linked.jpg"), 120, 80);
        TestImages.image(elsewhere.resolve("box/p1.jpg"), 120, 80);
        Files.createSymbolicLink(images.resolve("linked.jpg"), elsewhere.resolve("linked.jpg"));
        Files.createSymbolicLink(images.resolve("box"), elsewhere.resolve("box"));
        run("mkfifo", images.resolve("pipe.jpg").toString());
        Files.createSymbolicLink(images.resolve("device.jpg"), Path.of("/dev/null"));
        Files.createSymbolicLink(images.resolve("self.jpg"), images.resolve("self.jpg"));
        Files.createSymbolicLink(images.resolve("gone.jpg"), dir.resolve("gone.jpg"));
        Files.createDirectories(images.resolve("c"));
        TestImages.image(images.resolve("c/p1.jpg"), 120, 80);
        Files.createSymbolicLink(images.resolve("c/again"), images.resolve("c"));
        Path out = dir.resolve("out");

        Run run = local(Map.of(), images, out);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        assertThat(warnings(run))
                .anySatisfy(line -> assertThat(line).endsWith(images.resolve("pipe.jpg")
                        + " is a FIFO (named pipe), not a file; it is skipped"))
                .anySatisfy(line -> assertThat(line).endsWith(images.resolve("device.jpg")
                        + " is a device, not a file; it is skipped"))
                .anySatisfy(line -> assertThat(line).endsWith(images.resolve("self.jpg")
                        + " is a symbolic link that leads nowhere (to " + images.resolve("self.jpg")
                        + "); it is skipped"))
                .anySatisfy(line -> assertThat(line).endsWith(images.resolve("gone.jpg")
                        + " is a symbolic link that leads nowhere (to " + dir.resolve("gone.jpg") + "); it is skipped"))
                .anySatisfy(line -> assertThat(line).endsWith(images.resolve("c/again")
                        + " is a symbolic link to a folder it is in; it is skipped"));
        for (String object : List.of("a", "linked", "box", "c")) {
            assertThat(out.resolve(object + "/manifest.json")).as(object).isRegularFile();
        }
        assertThat(PresentationSchema.assertValid(out.resolve("c/manifest.json")).path("items")).hasSize(1);
        PresentationSchema.assertOutputValid(out);
    }

    @Test
    void objectsLeftOutAreCountedInTheLastLineAndTheExitCode() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("good.jpg"), 120, 80);
        TestImages.image(images.resolve("x:1.jpg"), 120, 80);
        TestImages.image(images.resolve("x;1.jpg"), 120, 80);
        TestImages.image(images.resolve("dup.jpg"), 120, 80);
        TestImages.image(images.resolve("dup.png"), 120, 80);
        TestImages.multiPageTiff(images.resolve("thick.tif"), 60, 40, 3);
        Path out = dir.resolve("out");

        Run run = local(Map.of("iiif.max-pages", "2"), images, out);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.FAILURES);
        assertThat(run.output().lines().filter(line -> line.contains("Done:")))
                .singleElement().asString()
                .contains("Done: 3 of 3 objects published (0 incomplete, 0 failed), 3 left out, ");
        JsonNode report = Json.parse(RunReports.read(out));
        assertThat(report.path("totals").path("objectsLeftOut").asInt()).isEqualTo(3);
        assertThat(report.path("leftOut")).hasSize(3);
        assertThat(report.path("leftOut").toString()).contains("x;1", "dup.png", "thick.tif");
        assertThat(report.path("status").asText()).isEqualTo("failed");
    }

    @Test
    void oneFileLeftOutBesideAnotherOfTheSameNameIsEnoughToExitOne() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("dup.jpg"), 120, 80);
        TestImages.image(images.resolve("dup.png"), 120, 80);

        Run run = local(Map.of(), images, dir.resolve("out"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.FAILURES);
        assertThat(run.output().lines()).anySatisfy(line -> assertThat(line).endsWith(" SEVERE  RunReport 'dup.png' "
                + "has the same identifier 'dup' as an earlier entry; it is left out - rename one of them"))
                .anySatisfy(line -> assertThat(line)
                        .contains("Done: 1 of 1 objects published (0 incomplete, 0 failed), 1 left out, "));
    }

    @Test
    void aLongNameInAnyScriptIsPublishedUnderAShortenedKeyWithNothingOrphaned() throws Exception {
        Path images = dir.resolve("images");
        List<String> names = List.of(longName("देवनागरी लिपि "), longName("漢字の長い名前"),
                longName("Ελληνικά γράμματα "),
                longName("latin letters "));
        for (String name : names) {
            assertThat((name + ".jpg").getBytes(StandardCharsets.UTF_8).length).isBetween(250, 255);
            TestImages.image(images.resolve(name + ".jpg"), 120, 80);
        }
        Path out = dir.resolve("out");

        Run run = local(Map.of(), images, out);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);

        Set<String> servicesInManifests = new HashSet<>();
        for (String name : names) {
            Path manifest = manifestNamed(out, name);
            PresentationSchema.assertValid(manifest);
            String key = manifest.getParent().getFileName().toString();
            assertThat(key.getBytes(StandardCharsets.UTF_8).length).as(key).isLessThanOrEqualTo(KeySegments.MAX_BYTES);
            assertThat(name).as("a readable prefix").startsWith(key.substring(0, key.lastIndexOf('~')));
            servicesInManifests.add(key + "-1");
        }
        try (Stream<Path> services = Files.list(out.resolve("tiles"))) {
            assertThat(services.map(path -> path.getFileName().toString())).as("no service without a manifest")
                    .containsExactlyInAnyOrderElementsOf(servicesInManifests);
        }
        PresentationSchema.assertOutputValid(out);
    }

    @Test
    void aNameWithANewLineCannotForgeALogLine() throws Exception {
        Path images = dir.resolve("images");
        TestImages.image(images.resolve("a.jpg"), 120, 80);
        Files.writeString(images.resolve("x\n12:00:00.000 SEVERE  RunLifecycle forged.txt"), "not an image");

        Run run = local(Map.of(), images, dir.resolve("out"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        assertThat(run.output().lines()).noneMatch(line -> line.startsWith("12:00:00.000"))
                .anySatisfy(line -> assertThat(line).contains("'x\\n12:00:00.000 SEVERE  RunLifecycle forged.txt'"));
    }

    @Test
    void anAnimatedGifIsPublishedAsItsFirstFrameWithAWarning() throws Exception {
        Path images = dir.resolve("images");
        TestImages.multiPageTiff(images.resolve("spinner.gif"), 60, 40, 4);
        Path out = dir.resolve("out");

        Run run = local(Map.of(), images, out);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        assertThat(warnings(run)).anySatisfy(line -> assertThat(line).contains(images.resolve("spinner.gif")
                + " is an animated GIF of 4 frames; only its first frame is published"));
        assertThat(PresentationSchema.assertValid(out.resolve("spinner/manifest.json")).path("items")).hasSize(1);
    }

    @Test
    void anImageWhoseColourProfileLcmsRefusesIsPublishedWithAWarningNamingIt() throws Exception {
        Path images = dir.resolve("images");
        Path plain = TestImages.image(dir.resolve("plain.jpg"), 120, 80);
        Path scan = TestImages.jpegWithIccProfile(plain, "not an ICC profile at all".repeat(8).getBytes(StandardCharsets.US_ASCII),
                images.resolve("scan.jpg"));
        Path out = dir.resolve("out");

        Run run = local(Map.of(), images, out);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.OK);
        String warning = scan + ": its embedded ICC profile is ignored, lcms cannot read it (corrupt or truncated, "
                + "200 bytes); the page is published as if it had none";
        assertThat(warnings(run)).anySatisfy(line -> assertThat(line).endsWith(warning));
        assertThat(Json.parse(RunReports.read(out)).path("warnings").toString())
                .contains(warning);
        assertThat(PresentationSchema.assertValid(out.resolve("scan/manifest.json")).path("items")).hasSize(1);
    }

    /** What a local run ended with, and the lines it wrote to the console in the text format. */
    private record Run(int exitCode, String output) {
    }

    /** A local run of {@code images} into {@code out}, with more configuration keys set. */
    private static Run local(Map<String, String> configuration, Path images, Path out) {
        Map<String, String> keys = new HashMap<>(configuration);
        keys.putAll(Map.of(SettingsRegistry.IMAGES, images.toString(), SettingsRegistry.OUTPUT, out.toString(),
                SettingsRegistry.TILE_SIZE, "128"));
        ConsoleLines console = new ConsoleLines();
        Logger root = Logger.getLogger("");
        // The tests' logging configuration keeps only warnings; a user's console also has the application's INFO.
        Logger application = Logger.getLogger("org.iiifgenerator");
        Level configured = application.getLevel();
        application.setLevel(Level.INFO);
        root.addHandler(console);
        try {
            int exitCode = PipelineRunner.runLocal(keys).exitCode();
            return new Run(exitCode, console.text());
        } finally {
            root.removeHandler(console);
            application.setLevel(configured);
        }
    }

    private static List<String> warnings(Run run) {
        return run.output().lines().filter(line -> line.contains(" WARNING ")).toList();
    }

    /** The console's lines, formatted as the text log format writes them. */
    private static final class ConsoleLines extends Handler {

        private final StringBuffer text = new StringBuffer();

        ConsoleLines() {
            setFormatter(new ConsoleLogFormat());
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                text.append(getFormatter().format(record));
            }
        }

        String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A name of up to 251 bytes in UTF-8: with ".jpg", as long as a local file system allows (255 bytes). */
    private static String longName(String words) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; ; i = (i + 1) % words.length()) {
            String next = String.valueOf(words.charAt(i));
            if ((name + next).getBytes(StandardCharsets.UTF_8).length > 251) {
                return name.toString().strip();
            }
            name.append(next);
        }
    }

    private static Path manifestNamed(Path out, String name) throws IOException {
        try (Stream<Path> folders = Files.list(out)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("manifest.json")))
                    .map(folder -> folder.resolve("manifest.json"))
                    .filter(manifest -> read(manifest).contains(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no manifest for " + name));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as(String.join(" ", command)).isZero();
    }
}
