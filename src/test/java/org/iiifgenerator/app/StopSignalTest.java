package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.TestImages;
import org.iiifgenerator.testsupport.ViewerRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIGTERM (AWS Batch and ECS stopping a job, then killing it 30 s later) or Ctrl-C during a {@code local} run: no
 * page starts any more, the run ends within {@code shutdown.timeout-seconds} with exit code 3 and a report that
 * says "interrupted", nothing it leaves published is partial (an image service without all its tiles, a manifest
 * without all its pages, a collection), its work folder is gone, and a rerun ends with exactly what an
 * uninterrupted run publishes.
 */
class StopSignalTest {

    private static final int OBJECTS = 3;
    private static final int PAGES_PER_OBJECT = 4;
    private static final int PAGES = OBJECTS * PAGES_PER_OBJECT;
    /** The default shutdown.timeout-seconds: the process ends within it, well before AWS Batch's 30 s kill. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    private static Path images;
    private static Path csv;
    private static Map<String, byte[]> uninterrupted;

    @BeforeAll
    static void publishWithoutInterruption() throws IOException {
        images = dir.resolve("images");
        for (int page = 1; page <= PAGES; page++) {
            // Pages big enough that the run lasts seconds, so that each signal lands while pages are to come.
            int object = (page - 1) / PAGES_PER_OBJECT + 1;
            TestImages.image(images.resolve("ms-" + object + "/p" + page + ".jpg"), 1600, 1200, page);
        }
        csv = Files.writeString(dir.resolve("meta.csv"), "identifier,title\nms-1,Diary\nms-2,Ledger\nms-3,Atlas\n");
        Path out = dir.resolve("uninterrupted");
        assertThat(IiifGenerator.commandLine().execute(arguments(out))).isEqualTo(ExitCodes.OK);
        uninterrupted = Reruns.publishedWithoutRunTimes(out);
    }

    /**
     * The signal as the run starts (0 pages published), while the first object's pages are tiled, and while
     * manifests are being published (the first object done).
     */
    @ParameterizedTest(name = "SIG{0} after {1} pages")
    @CsvSource({"TERM, 0", "TERM, 2", "TERM, 5", "INT, 3"})
    void aSignalStopsTheRunAndARerunFinishesIt(String signal, int publishedBefore) throws Exception {
        assumeTrue(!signal.equals("INT") || ChildProcess.hearsSigint(), "SIGINT is ignored here (a background job)");
        Path out = dir.resolve("stopped-" + signal + "-" + publishedBefore);
        ChildProcess.Result stopped;
        Duration stopTime;
        try (ChildProcess child = ChildProcess.start(Map.of(), arguments(out))) {
            child.awaitWhileRunning(() -> child.outputSoFar().contains("Publishing collection")
                    && Reruns.finished(out).size() >= publishedBefore, publishedBefore + " pages published");
            long sent = child.signal(signal);
            stopped = child.finish();
            stopTime = Duration.ofNanos(System.nanoTime() - sent);
        }
        System.out.printf("SIG%s after %d pages: ended %d ms after the signal%n", signal, publishedBefore,
                stopTime.toMillis());

        assertThat(stopped.exitCode()).as("exit code; output:%n%s", stopped.output()).isEqualTo(ExitCodes.BROKEN);
        assertThat(stopTime).as("ended within shutdown.timeout-seconds").isLessThan(BOUND);
        assertThat(stopped.output()).contains("SIG" + signal + " received: stopping")
                .contains("Stopped before the end").doesNotContain("Exception");
        Set<String> done = Reruns.finished(out);
        assertThat(done).as("pages were left for the rerun").hasSizeLessThan(PAGES);
        assertStoppedCleanly(out);

        assertThat(IiifGenerator.commandLine().execute(arguments(out))).isEqualTo(ExitCodes.OK);

        Reruns.assertRerunKeptWhatWasFinished(RunReports.read(out), PAGES, done);
        assertIdenticalToUninterrupted(out);
    }

    /** A second Ctrl-C does not wait for the pages in flight; what is published is still whole. */
    @Test
    void aSecondCtrlCEndsAtOnce() throws Exception {
        assumeTrue(ChildProcess.hearsSigint(), "SIGINT is ignored here (a background job)");
        Path out = dir.resolve("ctrl-c-twice");
        ChildProcess.Result stopped;
        Duration stopTime;
        try (ChildProcess child = ChildProcess.start(Map.of(), arguments(out))) {
            child.awaitWhileRunning(() -> Reruns.finished(out).size() >= 2, "2 pages published");
            child.signal("INT");
            child.awaitWhileRunning(() -> child.outputSoFar().contains("SIGINT received"), "the first Ctrl-C");
            long sent = child.signal("INT");
            stopped = child.finish();
            stopTime = Duration.ofNanos(System.nanoTime() - sent);
        }
        System.out.printf("second SIGINT: ended %d ms after it%n", stopTime.toMillis());

        assertThat(stopped.exitCode()).as("exit code; output:%n%s", stopped.output()).isEqualTo(ExitCodes.BROKEN);
        assertThat(stopped.output()).contains("SIGINT again: stopping at once");
        assertThat(stopTime).isLessThan(Duration.ofSeconds(3));
        assertThat(out.resolve(OutputLayout.COLLECTION_KEY)).doesNotExist();
        assertOnlyWholeServicesAndManifests(out);

        assertThat(IiifGenerator.commandLine().execute(arguments(out))).isEqualTo(ExitCodes.OK);
        assertIdenticalToUninterrupted(out);
    }

    /**
     * Pages that take longer than shutdown.timeout-seconds (one libvips thread, 64-pixel tiles: thousands each) are
     * abandoned: the process ends then, with exit code 3, and publishes no info.json whose tiles are not all there
     * (the next run removes their scratch files, see WorkFolder).
     */
    @Test
    void pagesInFlightAreAbandonedAfterTheTimeout() throws Exception {
        Path big = dir.resolve("big");
        for (int page = 1; page <= 2; page++) {
            TestImages.image(big.resolve("p" + page + ".jpg"), 6000, 4500, page);
        }
        Path out = dir.resolve("abandoned");
        String[] arguments = {"local", "--images", big.toString(), "--out", out.toString(), "--tile-size", "64",
                "--vips-concurrency", "1"};
        ChildProcess.Result stopped;
        Duration stopTime;
        try (ChildProcess child = ChildProcess.start(Map.of("SHUTDOWN_TIMEOUT_SECONDS", "1"), arguments)) {
            child.awaitWhileRunning(() -> tiling(out.resolve(".iiif-work")), "a page being tiled");
            long sent = child.signal("TERM");
            stopped = child.finish();
            stopTime = Duration.ofNanos(System.nanoTime() - sent);
        }
        System.out.printf("SIGTERM with a 1 s timeout, pages in flight: ended %d ms after the signal%n",
                stopTime.toMillis());

        assertThat(stopped.exitCode()).as("exit code; output:%n%s", stopped.output()).isEqualTo(ExitCodes.BROKEN);
        assertThat(stopped.output()).contains("did not finish within 1 s of SIGTERM: abandoned");
        // The timeout, up to 2 s to remove scratch files, and some slack for a loaded machine.
        assertThat(stopTime).isLessThan(Duration.ofSeconds(1 + 2 + 3));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path info : files.filter(file -> file.endsWith("info.json")).toList()) {
                assertThat(ViewerRequests.of(Json.parse(Files.readAllBytes(info)))).as("tiles of %s", info)
                        .allSatisfy(url -> assertThat(info.resolveSibling(url)).exists());
            }
        }
    }

    /** Whether a page's image service is being made in the work folder. */
    private static boolean tiling(Path work) {
        try (Stream<Path> files = Files.walk(work)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("image-"));
        } catch (IOException | UncheckedIOException notYetOrGone) {
            return false;
        }
    }

    private static void assertStoppedCleanly(Path out) throws IOException {
        assertThat(Json.parse(RunReports.read(out)).path("status").asText())
                .isEqualTo("interrupted");
        assertThat(out.resolve(OutputLayout.COLLECTION_KEY)).as("no collection of a part").doesNotExist();
        assertThat(out.resolve(OutputLayout.INDEX_KEY)).doesNotExist();
        assertThat(out.resolve(".iiif-work")).as("the work folder is removed").doesNotExist();
        assertOnlyWholeServicesAndManifests(out);
    }

    /**
     * Whatever the stopped run published is as the uninterrupted run published it (a manifest lists all its
     * object's pages), and an image service with its info.json has every file of the uninterrupted one.
     */
    private static void assertOnlyWholeServicesAndManifests(Path out) throws IOException {
        Map<String, byte[]> published = Reruns.publishedWithoutRunTimes(out);
        // Not published: the work folder of a run whose pages in flight were abandoned, removed by the next run.
        published.keySet().removeIf(key -> key.startsWith(".iiif-work/"));
        published.forEach((key, bytes) -> assertThat(bytes).as(key).isEqualTo(uninterrupted.get(key)));
        for (String info : published.keySet().stream().filter(key -> key.endsWith("/info.json")).toList()) {
            String service = info.substring(0, info.length() - "info.json".length());
            assertThat(published.keySet()).as("every file of " + service).containsAll(
                    uninterrupted.keySet().stream().filter(key -> key.startsWith(service)).toList());
        }
    }

    private static void assertIdenticalToUninterrupted(Path out) throws IOException {
        Map<String, byte[]> rerun = Reruns.publishedWithoutRunTimes(out);
        assertThat(rerun.keySet()).isEqualTo(uninterrupted.keySet());
        rerun.forEach((key, bytes) -> assertThat(bytes).as(key).isEqualTo(uninterrupted.get(key)));
        assertThat(out.resolve(".iiif-work")).doesNotExist();
    }

    private static String[] arguments(Path out) {
        return new String[] {"local", "--images", images.toString(), "--csv", csv.toString(), "--out",
                out.toString(), "--tile-size", "256"};
    }
}
