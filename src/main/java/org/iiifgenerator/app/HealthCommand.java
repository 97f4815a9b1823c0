package org.iiifgenerator.app;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Whether the long-lived container (run) on this machine is alive: its heartbeat is recent. "
                + "The container image's HEALTHCHECK.",
                "Exit code: 0 alive, 1 no recent heartbeat."})
public final class HealthCommand implements Callable<Integer> {

    /** The heartbeat file of {@code health.heartbeat-file}, as its environment variable sets it. */
    static final String FILE_VARIABLE = "HEALTH_HEARTBEAT_FILE";

    @Option(names = "--heartbeat-file", paramLabel = "FILE",
            description = "The heartbeat file (default: $HEALTH_HEARTBEAT_FILE, else iiif-generator.heartbeat in "
                    + "the temp folder, as the container writes it).")
    String file = System.getenv(FILE_VARIABLE);

    @Option(names = "--max-age-seconds", paramLabel = "S", defaultValue = "60",
            description = "How old the last heartbeat may be (default 60; the container beats every "
                    + "health.heartbeat-ms, 10 s by default).")
    long maxAgeSeconds;

    @Override
    public Integer call() throws IOException {
        Heartbeat heartbeat = new Heartbeat(file);
        Optional<Duration> age = heartbeat.age();
        if (age.isPresent() && age.get().toSeconds() <= maxAgeSeconds) {
            System.out.println("alive: last heartbeat " + age.get().toSeconds() + " s ago");
            return ExitCodes.OK;
        }
        System.out.println(age.map(a -> "not alive: last heartbeat " + a.toSeconds() + " s ago, more than "
                + maxAgeSeconds).orElse("not alive: no heartbeat in " + heartbeat.file()));
        return ExitCodes.FAILURES;
    }
}
