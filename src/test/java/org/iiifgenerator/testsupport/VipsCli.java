package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
}
