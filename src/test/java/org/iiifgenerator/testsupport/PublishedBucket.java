package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.S3Storage;
import software.amazon.awssdk.services.s3.S3Client;

/** Checks a collection published to S3 as a viewer and a validator would see it. */
public final class PublishedBucket {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedBucket() {
    }

    /**
     * Every manifest and the collection validate, every URL a viewer derives from each info.json is a key, and
     * objects carry the right Content-Type.
     *
     * @param root the output root (keys relative to it)
     * @return the keys under the root
     */
    public static List<String> assertComplete(S3Client s3, String bucket, String root, S3Storage storage) {
        try {
            List<String> keys = storage.list("");
            Set<String> present = new HashSet<>(keys);
            assertThat(keys).contains("collection/top.json", "collection/index.jsonl", "collection/summary.json");
            assertThat(keys).as("no run record is published").noneMatch(RunReports::isReport)
                    .noneMatch(key -> key.startsWith(OutputLayout.PROVENANCE_FOLDER));
            assertThat(RunReports.read(s3, bucket, root)).as("the run's report, with the run records").isNotEmpty();
            PresentationSchema.assertValid(storage.read("collection/top.json"), "collection/top.json");
            List<String> manifests = keys.stream().filter(k -> k.endsWith("/manifest.json")).toList();
            assertThat(manifests).isNotEmpty();
            for (String manifest : manifests) {
                PresentationSchema.assertValid(storage.read(manifest), manifest);
            }
            List<String> services = keys.stream().filter(k -> k.startsWith("tiles/") && k.endsWith("/info.json"))
                    .toList();
            assertThat(services).isNotEmpty();
            for (String info : services) {
                String service = info.substring(0, info.length() - "/info.json".length());
                JsonNode json = JSON.readTree(storage.read(info));
                assertThat(ViewerRequests.of(json)).as("viewer URLs of %s", service)
                        .allSatisfy(url -> assertThat(present).contains(service + "/" + url));
                assertThat(contentType(s3, bucket, root, info)).isEqualTo("application/json");
            }
            assertThat(keys).noneMatch(k -> k.endsWith("vips-properties.xml"));
            String tile = keys.stream().filter(k -> k.endsWith("/default.jpg")).findFirst().orElseThrow();
            assertThat(contentType(s3, bucket, root, tile)).isEqualTo("image/jpeg");
            assertThat(contentType(s3, bucket, root, manifests.getFirst())).isEqualTo("application/json");
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(S3Client s3, String bucket, String root, String key) {
        return s3.headObject(r -> r.bucket(bucket).key(root.isEmpty() ? key : root + "/" + key)).contentType();
    }
}
