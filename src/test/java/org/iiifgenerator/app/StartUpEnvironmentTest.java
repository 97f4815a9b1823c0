package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up reads the environment on one thread while libvips starts on another, and vips_init calls setenv. The
 * JDK's copy of the environment, taken the first time it is asked for, fails now and then (about one start in
 * 330) when a setenv changes the environment while it is being copied. The copy must therefore be taken before
 * libvips starts: then it never holds what libvips sets. (bench/startup-race.sh starts the launcher a thousand
 * times to count failures.)
 */
class StartUpEnvironmentTest {

    @Test
    void theJdksCopyOfTheEnvironmentIsTakenBeforeLibvipsChangesIt() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), StartUpEnvironmentProbe.class.getName()))
                .redirectErrorStream(true);
        builder.environment().remove("VIPSHOME");
        Process probe = builder.start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output).contains("VIPSHOME seen by Java: false");
    }
}
