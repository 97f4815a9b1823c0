package org.iiifgenerator.testsupport;

import java.util.Map;
import org.iiifgenerator.storage.S3Clients;

/**
 * An S3 server a scenario runs against (in-process s3proxy, or LocalStack): clients for the test's own calls and
 * the environment that points a child process of the application at it.
 */
public record S3Service(S3Clients clients, Map<String, String> applicationEnvironment) {

    public S3Service {
        applicationEnvironment = Map.copyOf(applicationEnvironment);
    }

    /** Creates the bucket unless it exists. */
    public String bucket(String name) {
        if (!clients.sync().listBuckets().buckets().stream().anyMatch(b -> b.name().equals(name))) {
            clients.sync().createBucket(request -> request.bucket(name));
        }
        return name;
    }
}
