package org.iiifgenerator.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything a run left for people to read, by where it is: what its process printed and every object in the
 * buckets it wrote to (reports, manifests, task outcomes). Searched as bytes, so binary objects are searched too.
 */
public final class CapturedText {

    private final Map<String, byte[]> sources = new LinkedHashMap<>();

    public CapturedText add(String name, String text) {
        sources.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Every object of the bucket, each named by its s3:// URI. */
    public CapturedText bucket(S3Client s3, String bucket) {
        for (String key : TaskBuckets.keys(s3, bucket)) {
            sources.put("s3://" + bucket + "/" + key,
                    s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
        }
        return this;
    }

    /** Every file under a local folder (hidden ones too), each named by its path. */
    public CapturedText folder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                sources.put(file.toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The names of the sources that hold {@code needle} (ASCII). */
    public List<String> holding(String needle) {
        return sources.entrySet().stream()
                // ISO-8859-1 maps each byte to one char: an ASCII needle is found in any content.
                .filter(source -> new String(source.getValue(), StandardCharsets.ISO_8859_1).contains(needle))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The names of all sources, to tell what was searched. */
    public List<String> names() {
        return List.copyOf(sources.keySet());
    }
}
