package org.iiifgenerator.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The long-lived container ({@code iiif-generator run}) in a JVM of its own, configured as ECS configures it: by
 * environment variables only, each a configuration key in upper case with '.' and '-' as '_'.
 */
public final class TaskContainer {

    private TaskContainer() {
    }

    /**
     * Polling the bucket "tasks" of {@code s3} often and signing with its credentials, with its work folder in
     * {@code dir/work} and its heartbeat in {@code dir} (not the shared temp folder).
     */
    public static Map<String, String> environment(S3ProxyServer s3, Path dir) {
        Map<String, String> environment = new HashMap<>(s3.applicationEnvironment());
        ApplicationRoutesTestSupport.taskBucketProperties(s3, dir.resolve("work"))
                .forEach((key, value) -> environment.put(variableOf((String) key), (String) value));
        environment.put(variableOf("health.heartbeat-file"), dir.resolve("heartbeat").toString());
        return environment;
    }

    /** {@code tasks.poll-delay-ms} is overridden by {@code TASKS_POLL_DELAY_MS}. */
    public static String variableOf(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
