package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.testsupport.Await;
import org.iiifgenerator.testsupport.ChildProcess;
import org.iiifgenerator.testsupport.Reruns;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run killed with SIGKILL at a random point (a reclaimed Spot instance), then run again, ends with exactly what
 * an uninterrupted run publishes, and the rerun tiles only the pages the killed run had not finished.
 */
class CrashRecoveryTest {

    private static final int PAGES = 8;

    @TempDir
    static Path dir;

    private static Path images;
    private static Path csv;
    private static Map<String, byte[]> uninterrupted;

    @BeforeAll
    static void publishWithoutInterruption() throws IOException {
        images = dir.resolve("images");
        for (int page = 1; page <= PAGES; page++) {
            // Two objects, pages big enough that the kill lands while some are being tiled.
            TestImages.image(images.resolve((page <= PAGES / 2 ? "ms-1/" : "ms-2/") + "p" + page + ".jpg"),
                    2400, 1800, page);
        }
        csv = Files.writeString(dir.resolve("meta.csv"), "identifier,title\nms-1,Diary\nms-2,Ledger\n");
        Path out = dir.resolve("uninterrupted");
        assertThat(IiifGenerator.commandLine().execute(arguments(out))).isEqualTo(ExitCodes.OK);
        uninterrupted = Reruns.publishedWithoutRunTimes(out);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 19, 2026})
    void aKilledRunIsFinishedByTheNextOne(long seed) throws Exception {
        Random random = new Random(seed);
        Path out = dir.resolve("killed-" + seed);
        // At most 4 of 8 done, and the kill within 150 ms of that: well before the end even on a fast machine.
        int finishedBeforeKill = random.nextInt(PAGES - 3);
        ChildProcess child = ChildProcess.start(Map.of(), arguments(out));
        Await.until(() -> Reruns.finished(out).size() >= finishedBeforeKill, finishedBeforeKill + " pages published");
        Thread.sleep(random.nextInt(150));
        ChildProcess.Result killed = child.kill();
        Set<String> done = Reruns.finished(out);
        assertThat(done).as("the kill came before the end; output:%n%s", killed.output()).hasSizeLessThan(PAGES);

        assertThat(IiifGenerator.commandLine().execute(arguments(out))).isEqualTo(ExitCodes.OK);

        Reruns.assertRerunKeptWhatWasFinished(RunReports.read(out), PAGES, done);
        Map<String, byte[]> recovered = Reruns.publishedWithoutRunTimes(out);
        assertThat(recovered.keySet()).isEqualTo(uninterrupted.keySet());
        recovered.forEach((key, bytes) -> assertThat(bytes).as(key).isEqualTo(uninterrupted.get(key)));
        assertThat(out.resolve(".iiif-work")).as("the killed run's scratch files are removed").doesNotExist();
    }

    private static String[] arguments(Path out) {
        return new String[] {"local", "--images", images.toString(), "--csv", csv.toString(), "--out",
                out.toString(), "--tile-size", "256"};
    }
}
