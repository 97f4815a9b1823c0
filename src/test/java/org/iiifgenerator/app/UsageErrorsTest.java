package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iiifgenerator.testsupport.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user who gave a wrong option sees: exit code 2 (nothing a retry would fix) and one line naming the option
 * as typed and what to do, before any work and without a stack trace.
 */
class UsageErrorsTest {

    @TempDir
    static Path dir;
    private static Path images;
    private static Path file;

    /** What a command printed on its error stream, and its exit code. */
    private record Ended(int exitCode, String err, String out) {
    }

    @BeforeAll
    static void anImagesFolderAndAFile() throws IOException {
        images = TestImages.image(dir.resolve("images/a.jpg"), 200, 100).getParent();
        file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Files.createDirectories(dir.resolve("tiles-is-a-file"));
        Files.writeString(dir.resolve("tiles-is-a-file/tiles"), "left here by someone");
    }

    static Stream<Arguments> refusedOptions() {
        return Stream.of(
                Arguments.of(List.of("--parallel-images", "-1"),
                        "--parallel-images is '-1': parallel images -1 is out of range: use 1 to 1000"),
                Arguments.of(List.of("--parallel-images", "0"),
                        "--parallel-images is '0': parallel images 0 is out of range: use 1 to 1000"),
                Arguments.of(List.of("--parallel-objects", "0"),
                        "--parallel-objects is '0': parallel objects 0 is out of range: use 1 to 1000"),
                Arguments.of(List.of("--parallel-uploads", "0"),
                        "--parallel-uploads is '0': parallel uploads 0 is out of range: use 1 to 1000"),
                Arguments.of(List.of("--vips-concurrency", "-3"),
                        "--vips-concurrency is '-3': libvips threads -3 is out of range: use 0 to 1024"),
                Arguments.of(List.of("--language", "not a tag!"), "--language is 'not a tag!', which is not a BCP 47 "
                        + "language tag: use e.g. en, de-AT or zh-Hant, or none"),
                Arguments.of(List.of("--tile-size", "5"),
                        "--tile-size is '5': tile size 5 is out of range: use 64 to 4096"),
                Arguments.of(List.of("--work-dir", "<file>"),
                        "--work-dir is '<file>', which is a file: give a folder (it is made when missing)"),
                Arguments.of(List.of("--work-dir", "<file>/work"), "--work-dir is '<file>/work', which lies under "
                        + "the file '<file>': give a path under a folder"));
    }

    @ParameterizedTest
    @MethodSource("refusedOptions")
    void aRefusedOptionValueIsOneLineNamingTheOption(List<String> option, String problem) {
        List<String> args = new ArrayList<>(List.of("local", "--images", images.toString(), "--out",
                dir.resolve("out").toString()));
        option.forEach(arg -> args.add(arg.replace("<file>", file.toString())));

        Ended ended = run(args);

        assertThat(ended.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(ended.err()).isEqualTo("The job cannot start: " + problem.replace("<file>", file.toString())
                + "\n");
        assertThat(dir.resolve("out")).as("nothing written").doesNotExist();
    }

    @Test
    void anOutputFolderThatIsAFileOrLiesUnderOneIsRefusedBeforeAnyWork() {
        assertThat(local(file)).isEqualTo(new Ended(ExitCodes.INVALID, "The job cannot start: --out is '" + file
                + "', which is a file: give a folder (it is made when missing)\n", ""));
        assertThat(local(file.resolve("out"))).isEqualTo(new Ended(ExitCodes.INVALID, "The job cannot start: --out "
                + "is '" + file.resolve("out") + "', which lies under the file '" + file
                + "': give a path under a folder\n", ""));
    }

    @Test
    void anOutputFolderWhoseTilesIsAFileIsRefusedInsteadOfFailingEveryImage() {
        Path out = dir.resolve("tiles-is-a-file");

        assertThat(local(out)).isEqualTo(new Ended(ExitCodes.INVALID, "The job cannot start: --out is '" + out
                + "', whose 'tiles' is a file, where the run writes a folder: move that file away or choose another "
                + "output folder\n", ""));
        assertThat(out.resolve("collection")).doesNotExist();
    }

    /**
     * Root writes through permission bits, so writing is tried: /sys, where nobody may create a file, stands for a
     * read-only mount.
     */
    @Test
    void anOutputFolderNothingCanBeWrittenInIsRefused() {
        Path sys = Path.of("/sys");
        assumeThat(Files.isDirectory(sys) && !canCreateFileIn(sys)).as("/sys refuses new files").isTrue();
        Path out = sys.resolve("iiif-out");

        Ended ended = local(out);

        assertThat(ended.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(ended.err()).startsWith("The job cannot start: --out is '/sys/iiif-out', but nothing can be "
                + "written in '/sys' (").endsWith("): give a folder this user can write to\n").doesNotContain("\n\t");
    }

    @Test
    void aUsageErrorIsTheErrorAndWhereHelpIsNotTheWholeHelp() {
        assertThat(run(List.of("local", "--images", images.toString(), "--out", "x", "--tile-size", "abc")))
                .isEqualTo(new Ended(ExitCodes.INVALID, "Invalid value for option '--tile-size': 'abc' is not an int\n"
                        + "Run 'iiif-generator local --help' for its options.\n", ""));
        assertThat(run(List.of("local", "--images", images.toString())))
                .isEqualTo(new Ended(ExitCodes.INVALID, "Missing required option: '--out=DIR'\n"
                        + "Run 'iiif-generator local --help' for its options.\n", ""));
        assertThat(run(List.of("local", "--images", images.toString(), "--out", "x", "--tile-sise", "512")))
                .isEqualTo(new Ended(ExitCodes.INVALID, "Unknown options: '--tile-sise', '512'\n"
                        + "Did you mean --tile-size or --tile-format? Run 'iiif-generator local --help' for its "
                        + "options.\n", ""));
        assertThat(run(List.of("publish")))
                .isEqualTo(new Ended(ExitCodes.INVALID, "Unmatched argument at index 0: 'publish'\n"
                        + "Did you mean submit or finalize? Run 'iiif-generator --help' for the commands.\n", ""));
    }

    private static Ended local(Path out) {
        return run(List.of("local", "--images", images.toString(), "--out", out.toString()));
    }

    private static Ended run(List<String> args) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        int code = IiifGenerator.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(out))
                .execute(args.toArray(String[]::new));
        return new Ended(code, err.toString(), out.toString());
    }

    private static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", null));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
