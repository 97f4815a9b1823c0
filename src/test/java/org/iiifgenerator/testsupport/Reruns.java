package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.iiifgenerator.layout.OutputLayout;

/** What tells which pages a run finished, and what the next run did with each: for runs that were interrupted. */
public final class Reruns {

    /** Where the provenance records of image services are, relative to the root of the run records. */
    public static final String RECORDS = OutputLayout.PROVENANCE_FOLDER + OutputLayout.TILES_FOLDER + "/";

    private Reruns() {
    }

    /**
     * The services ("ms-1-2") whose provenance record is among {@code keys} (relative to the records' root): those a
     * run finished, as a record is published after everything else of its service.
     */
    public static Set<String> finished(Collection<String> keys) {
        return keys.stream()
                .filter(key -> key.startsWith(RECORDS) && key.endsWith(".json"))
                .map(key -> key.substring(RECORDS.length(), key.length() - ".json".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The provenance record of the service ("ms-1-2") kept for the local output folder {@code out}. */
    public static Path record(Path out, String service) {
        return RunRecords.of(out).resolve(RECORDS + service + ".json");
    }

    /** The services whose provenance record is kept for the local output folder {@code out}: those a run finished. */
    public static Set<String> finished(Path out) {
        Path root = RunRecords.of(out);
        Path records = root.resolve(RECORDS);
        if (!Files.isDirectory(records)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(records)) {
            return finished(files.map(file -> root.relativize(file).toString()).toList());
        } catch (IOException listedWhileWritten) {
            return Set.of();
        }
    }

    /**
     * Every file under a local output folder and its bytes, but those that record when a run published (reports,
     * member records, the summary).
     */
    public static Map<String, byte[]> publishedWithoutRunTimes(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String key = out.relativize(file).toString().replace('\\', '/');
                if (!RunReports.carriesRunTimes(key)) {
                    files.put(key, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** Service name ("ms-1-2") to the status the local output's report gives its image. */
    public static Map<String, String> statuses(Path out) throws IOException {
        return statuses(RunReports.read(out));
    }

    /** Service name to the status a report.json gives its image: tiled, unchanged or failed. */
    public static Map<String, String> statuses(byte[] report) {
        JsonNode images = Json.parse(report).path("images");
        return IntStream.range(0, images.size()).mapToObj(images::get).collect(Collectors.toMap(
                image -> image.path("object").asText() + "-" + image.path("page").asInt(),
                image -> image.path("status").asText(), (a, b) -> a, TreeMap::new));
    }

    /**
     * Asserts that a rerun's report lists all {@code pages}, keeping the services the interrupted run had finished
     * ({@code finished}: unchanged) and tiling the others.
     */
    public static void assertRerunKeptWhatWasFinished(byte[] report, int pages, Set<String> finished) {
        Map<String, String> statuses = statuses(report);
        assertThat(statuses).hasSize(pages);
        statuses.forEach((service, status) -> assertThat(status).as(service)
                .isEqualTo(finished.contains(service) ? "unchanged" : "tiled"));
    }
}
