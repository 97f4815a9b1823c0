package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iiifgenerator.task.TaskFileReader;
import org.iiifgenerator.task.TaskSpec;
import org.iiifgenerator.task.TaskSpecs;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The seed's own example task files (src/test/resources/tasks), with what each names put in S3. */
public final class SeedTasks {

    public static final Path FOLDER = Path.of("src/test/resources/tasks");

    private SeedTasks() {
    }

    /**
     * Makes the task's source and destination buckets, puts two small pages in its ACCESS_DIR and a CSV with a row
     * for its object at its CSV key; images are made in {@code dir}.
     */
    public static TaskSpec stage(S3ProxyServer server, Path dir, String example) throws IOException {
        TaskSpec spec;
        try (InputStream task = Files.newInputStream(FOLDER.resolve(example))) {
            spec = TaskSpecs.from(new TaskFileReader().read(task, example));
        }
        S3Client s3 = server.clients().sync();
        server.bucket(spec.sourceBucket());
        server.bucket(spec.destinationBucket());
        for (String page : List.of("p1.tif", "p2.tif")) {
            Path image = TestImages.image(dir.resolve(example + "-" + page), 400, 300);
            s3.putObject(r -> r.bucket(spec.sourceBucket()).key(spec.accessDir() + page), RequestBody.fromFile(image));
        }
        TaskBuckets.put(s3, spec.sourceBucket(), spec.csvKey(), "identifier,title\n" + spec.objectId() + ",Synopsis\n");
        return spec;
    }
}
