package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs {@code iiif-generator} in a JVM of its own, as AWS Batch runs the container: configuration and task in
 * the environment, the outcome in the exit code.
 */
public final class ChildProcess implements AutoCloseable {

    /** What the process ended with. */
    public record Result(int exitCode, String output) {
    }

    private final Process process;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        // Drained from the start, on a thread of its own: a full pipe would stall the child, and killing it
        // closes the stream, so what was read before the kill is kept chunk by chunk.
        this.reader = Thread.ofPlatform().daemon().name("child-output").start(() -> {
            byte[] chunk = new byte[8192];
            try (InputStream in = process.getInputStream()) {
                for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                    synchronized (output) {
                        output.write(chunk, 0, read);
                    }
                }
            } catch (IOException closedByKill) {
                // the output up to the kill is kept
            }
        });
    }

    /** Starts {@code iiif-generator <args>} with {@code environment} added to this JVM's environment. */
    public static ChildProcess start(Map<String, String> environment, String... args) throws IOException {
        return start(List.of(), environment, args);
    }

    /**
     * Like {@link #start(Map, String...)}, with JVM options (what JAVA_OPTS gives the launcher, e.g. a logging
     * configuration).
     */
    public static ChildProcess start(List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add("org.iiifgenerator.app.IiifGenerator");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ChildProcess(builder.start());
    }

    /** Waits for what the running process does; if it never comes, the failure shows the process's output. */
    public void awaitWhileRunning(BooleanSupplier condition, String what) throws InterruptedException {
        try {
            Await.until(condition, what);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; output of the process:\n" + kill().output(), e);
        }
    }

    /** Waits for the end (at most two minutes). */
    public Result finish() throws InterruptedException {
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (ended) {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
        String text = outputSoFar();
        assertThat(ended).as("ended in time; output:%n%s", text).isTrue();
        return new Result(process.exitValue(), text);
    }

    /** What the process printed so far (stdout and stderr). */
    public String outputSoFar() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    /** Kills the process with SIGKILL, as a reclaimed Spot instance would: no shutdown hook runs. */
    public Result kill() throws InterruptedException {
        process.destroyForcibly();
        return finish();
    }

    /**
     * Sends the process a signal by name (TERM as AWS Batch, ECS and docker stop send it; INT as Ctrl-C does), and
     * answers when it was sent, to measure how long the process takes to end.
     */
    public long signal(String name) throws IOException, InterruptedException {
        long sent = System.nanoTime();
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -%s %d", name, process.pid()).isZero();
        return sent;
    }

    /**
     * Whether a child would hear SIGINT at all: a process started in the background of a shell without job control
     * ignores SIGINT (and the JVM then leaves it ignored), and its children inherit that, so Ctrl-C cannot be
     * tested from there. Read from the kernel's mask of ignored signals, in which SIGINT (2) is bit 1.
     */
    public static boolean hearsSigint() throws IOException {
        String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow().substring(7).strip();
        return (Long.parseUnsignedLong(ignored, 16) & 0b10) == 0;
    }

    /** Ends a process that would go on (a Lambda runtime loop waiting for its next event), as Lambda does. */
    public void stop() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public static Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return start(environment, args).finish();
    }

    /** Kills the process if it is still running: a test that fails half-way leaves no JVM behind. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
