package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The libvips command line tools (Debian's libvips-tools), used as an independent oracle. */
public final class VipsCli {

    private VipsCli() {
    }

    public static String run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
            assertThat(process.exitValue()).as("%s exit code; output: %s", args, output).isZero();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + args + ": is libvips-tools installed?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The largest absolute difference between two images' samples (0 = identical), by libvips' CLI. */
    public static double maxAbsoluteDifference(Path a, Path b) {
        Path work = a.resolveSibling(a.getFileName() + "-maxdiff");
        try {
            Files.createDirectories(work);
            run("vips", "subtract", a.toString(), b.toString(), work.resolve("difference.v").toString());
            run("vips", "abs", work.resolve("difference.v").toString(), work.resolve("absolute.v").toString());
            return Double.parseDouble(run("vips", "max", work.resolve("absolute.v").toString()).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The mean absolute difference of two images' samples in bands {@code first} to {@code first + count - 1}
     * (0 = identical, 255 = opposite), by libvips' CLI.
     */
    public static double meanAbsoluteDifference(Path a, Path b, int first, int count) {
        Path work = a.resolveSibling(a.getFileName() + "-diff");
        try {
            Files.createDirectories(work);
            run("vips", "subtract", a.toString(), b.toString(), work.resolve("difference.v").toString());
            run("vips", "abs", work.resolve("difference.v").toString(), work.resolve("absolute.v").toString());
            run("vips", "extract_band", work.resolve("absolute.v").toString(), work.resolve("bands.v").toString(),
                    String.valueOf(first), "--n", String.valueOf(count));
            return Double.parseDouble(run("vips", "avg", work.resolve("bands.v").toString()).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
