package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.VipsCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many broken files of different kinds failing at the same time, beside good ones (a good AVIF among them, whose
 * loader leaves text in libvips' error buffer even when it succeeds): each failed page's reason is its own, never
 * empty and never another file's. What "its own" is comes from the libvips command line, one child process per
 * file, where nothing else can write into the error buffer.
 */
class ErrorAttributionTest {

    /** What a page fails with when libvips has no words for it (a 0×0 PNG, a PNG cut inside its header). */
    private static final String NO_REASON = "libvips could not read the image and gives no reason";
    /** Several runs, so that a race shows; the last one image at a time, where only left-over text can mislead. */
    private static final List<Integer> PARALLEL_IMAGES = List.of(4, 4, 4, 1);
    /**
     * libtiff's message as ImageMagick relays it ("magick2vips: libMagick error: MESSAGE. `MODULE' @ ..."). libtiff
     * has one error handler per process, set by whichever of libvips and ImageMagick read a TIFF last, and libvips'
     * words it "MODULE: MESSAGE": so only the MESSAGE is the file's own in both.
     */
    private static final Pattern RELAYED_BY_MAGICK = Pattern.compile("^magick2vips: libMagick error: (.*)\\. `[^']*' @ .*$");

    @TempDir
    static Path dir;
    static Path images;
    /** Every file of the collection, by the file name that only it has. */
    static final Map<String, Path> FILES = new LinkedHashMap<>();
    /** Each broken file's own words: libvips' lines when it is opened and decoded alone, or this tool's. */
    static final Map<Path, List<String>> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void plantBrokenFiles() throws IOException {
        images = Files.createDirectories(dir.resolve("images"));
        Path work = Files.createDirectories(dir.resolve("originals"));
        Path png = TestImages.image(work.resolve("noise.png"), 400, 300);
        Map<String, Consumer<Path>> kinds = new LinkedHashMap<>();
        // AV1 and HEVC encoders are slow: those files are smaller.
        Path small = TestImages.image(work.resolve("small.png"), 120, 90);
        for (String format : List.of("jpg", "png", "tif", "webp", "gif", "jp2", "avif", "heic")) {
            Path source = format.equals("avif") || format.equals("heic") ? small : png;
            kinds.put("truncated." + format, file -> truncated(converted(source, work, format), file));
        }
        for (String format : List.of("jpg", "png", "tif", "webp", "gif", "jp2", "avif", "heic", "pdf")) {
            kinds.put("text." + format, TestImages::notAnImage);
        }
        kinds.put("empty.jpg", TestImages::empty);
        kinds.put("empty.tif", TestImages::empty);
        kinds.put("zero-by-zero.png", file -> TestImages.pngClaiming(file, 0, 0));
        kinds.put("cut-in-header.png", file -> write(file, Arrays.copyOf(bytes(converted(png, work, "png")), 40)));
        kinds.put("header-only.jpg", file -> write(file, Arrays.copyOf(new byte[] {(byte) 0xff, (byte) 0xd8,
                (byte) 0xff, (byte) 0xe0}, 54)));
        kinds.put("claims-huge.png", file -> TestImages.pngClaiming(file, 100_000, 100_000));
        kinds.put("claims-huge.tif", file -> TestImages.tiffClaiming(file, 100_000, 100_000));
        kinds.put("three-bit.tif", file -> tiff(file, 1, 3, 1));
        kinds.put("no-samples.tif", file -> tiff(file, 1, 8, 0));
        kinds.put("junk.avif", file -> write(file, ("\0\0\0\u001cftypavif\0\0\0\0avifmif1miaf" + "U".repeat(200))
                .getBytes(StandardCharsets.ISO_8859_1)));
        // Spread over four objects, with a good JPEG and a good AVIF in each, so that pages of several objects
        // fail while others are tiled.
        int i = 0;
        for (Map.Entry<String, Consumer<Path>> kind : kinds.entrySet()) {
            String object = "object-" + (i % 4 + 1);
            String name = String.format("b%02d-%s", i, kind.getKey());
            Path file = images.resolve(object).resolve(name);
            Files.createDirectories(file.getParent());
            kind.getValue().accept(file);
            FILES.put(name, file);
            EXPECTED.put(file, ownWords(file));
            i++;
        }
        for (int object = 1; object <= 4; object++) {
            String jpeg = "good-" + object + ".jpg";
            String avif = "good-" + object + ".avif";
            FILES.put(jpeg, TestImages.image(images.resolve("object-" + object).resolve(jpeg), 900, 700));
            FILES.put(avif, Files.copy(converted(small, work, "avif"), images.resolve("object-" + object).resolve(avif)));
        }
    }

    @Test
    void everyFailedPageGivesItsOwnReasonWhenManyFailTogether() throws IOException {
        List<String> wrong = new ArrayList<>();
        int empty = 0;
        int foreign = 0;
        int notOwn = 0;
        for (int run = 1; run <= PARALLEL_IMAGES.size(); run++) {
            Path out = dir.resolve("out-" + run);
            long start = System.nanoTime();
            int exit = IiifGenerator.commandLine().execute("local", "--images", images.toString(), "--out",
                    out.toString(), "--tile-size", "128", "--parallel-images", String.valueOf(PARALLEL_IMAGES.get(run - 1)));
            System.out.printf("run %d (--parallel-images %d) took %d ms%n", run, PARALLEL_IMAGES.get(run - 1),
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(exit).isEqualTo(ExitCodes.FAILURES);
            Map<Path, String> reasons = failedPages(out);
            for (Path file : EXPECTED.keySet()) {
                if (!reasons.containsKey(file)) {
                    wrong.add("run " + run + ": " + file.getFileName() + " did not fail");
                }
            }
            for (Map.Entry<Path, String> failed : reasons.entrySet()) {
                Path file = failed.getKey();
                String reason = failed.getValue();
                List<String> others = FILES.keySet().stream()
                        .filter(name -> !name.equals(file.getFileName().toString()) && reason.contains(name)).toList();
                List<String> missing = EXPECTED.get(file).stream().filter(line -> !reason.contains(line)).toList();
                empty += reason.contains("libvips gave no reason") || reason.isBlank() ? 1 : 0;
                foreign += others.isEmpty() ? 0 : 1;
                notOwn += missing.isEmpty() ? 0 : 1;
                if (!others.isEmpty() || !missing.isEmpty() || reason.isBlank()) {
                    wrong.add("run " + run + ": " + file.getFileName() + ": " + reason.replace('\n', '|')
                            + (others.isEmpty() ? "" : "\n    names " + others)
                            + (missing.isEmpty() ? "" : "\n    lacks " + missing));
                }
            }
        }
        System.out.printf("%d runs of %d broken files: %d reasons empty, %d naming another file, %d without their "
                + "own text%n", PARALLEL_IMAGES.size(), EXPECTED.size(), empty, foreign, notOwn);
        assertThat(wrong).as("reasons that are not the page's own").isEmpty();
    }

    /** The failed pages of a run and their reasons, from its report.json. */
    private static Map<Path, String> failedPages(Path out) throws IOException {
        JsonNode report = Json.parse(RunReports.read(out));
        Map<Path, String> reasons = new LinkedHashMap<>();
        for (JsonNode image : report.path("images")) {
            if ("failed".equals(image.path("status").asText())) {
                String source = image.path("source").asText();
                Path file = FILES.values().stream().filter(f -> source.endsWith(images.relativize(f).toString()))
                        .findFirst().orElseThrow(() -> new AssertionError("unknown source " + source));
                reasons.put(file, image.path("error").asText());
            }
        }
        return reasons;
    }

    /**
     * The lines libvips' command line prints for the file alone, decoding it as the pipeline does (failing on
     * truncated data), without GLib's warnings and libheif's "bad seek" lines (which follow the order a loader
     * happens to read in). A file refused before libvips reads it, or one libvips fails without a word, has this
     * tool's reason instead.
     */
    private static List<String> ownWords(Path file) {
        String name = file.getFileName().toString();
        if (name.contains("claims-huge")) {
            return List.of("is 100000 x 100000 pixels (10000 megapixels), more than iiif.max-megapixels");
        }
        List<String> lines = vipsAlone(file).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("(vips:") && !line.contains(": bad seek to "))
                .map(line -> RELAYED_BY_MAGICK.matcher(line).replaceFirst("$1"))
                .toList();
        return lines.isEmpty() ? List.of(NO_REASON) : lines;
    }

    /**
     * Runs {@code vips avg} on the file with one worker thread. With more, libvips 8.14's thread pool can answer
     * success before a failing worker has reported (libvips/libvips#4116, fixed in 8.15.4): a truncated JPEG 2000
     * then averages to 0 with exit 0, about once in 300 runs.
     */
    private static String vipsAlone(Path file) {
        try {
            ProcessBuilder builder = new ProcessBuilder("vips", "avg", file + "[fail_on=truncated]");
            builder.environment().put("VIPS_CONCURRENCY", "1");
            Process vips = builder.redirectErrorStream(true).start();
            String output = new String(vips.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(vips.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(vips.exitValue()).as("vips avg %s fails: %s", file, output).isNotZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path converted(Path source, Path folder, String formatOrName) {
        String name = formatOrName.contains(".") ? formatOrName : "whole." + formatOrName;
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            VipsCli.run("vips", "copy", source.toString(), file.toString());
        }
        return file;
    }

    private static void truncated(Path whole, Path file) {
        byte[] bytes = bytes(whole);
        write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** An 8 × 8 uncompressed-layout TIFF with the given compression, bits and samples per pixel. */
    private static void tiff(Path file, int compression, int bits, int samples) {
        int entries = 9;
        int dataOffset = 8 + 2 + entries * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(dataOffset + 64).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries);
        int[][] tags = {{256, 4, 8}, {257, 4, 8}, {258, 3, bits}, {259, 3, compression}, {262, 3, 1},
                {273, 4, dataOffset}, {277, 3, samples}, {278, 4, 8}, {279, 4, 64}};
        for (int[] tag : tags) {
            tiff.putShort((short) tag[0]).putShort((short) tag[1]).putInt(1);
            if (tag[1] == 3) {
                tiff.putShort((short) tag[2]).putShort((short) 0);
            } else {
                tiff.putInt(tag[2]);
            }
        }
        tiff.putInt(0);
        write(file, tiff.array());
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
