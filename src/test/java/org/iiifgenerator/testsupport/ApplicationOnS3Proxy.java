package org.iiifgenerator.testsupport;

import java.nio.file.Path;
import java.util.List;

/**
 * Points the application run in the test's JVM at an s3proxy, as system properties (in AWS they are environment
 * variables), and forgets them after the test class.
 */
public final class ApplicationOnS3Proxy {

    private static final List<String> SETTINGS = List.of("aws.endpoint", "aws.path-style", "aws.region",
            "pipeline.work-dir");

    private ApplicationOnS3Proxy() {
    }

    /** @param workDir the application's local work folder */
    public static void pointAt(S3ProxyServer server, Path workDir) {
        System.setProperty("aws.endpoint", server.endpoint().toString());
        System.setProperty("aws.path-style", "true");
        System.setProperty("aws.region", S3ProxyServer.REGION);
        System.setProperty("pipeline.work-dir", workDir.toString());
    }

    public static void forget() {
        SETTINGS.forEach(System::clearProperty);
    }
}
