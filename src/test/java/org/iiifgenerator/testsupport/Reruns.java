package org.iiifgenerator.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.iiifgenerator.layout.OutputLayout;

/** What tells which pages a run finished, and what the next run did with each: for runs that were interrupted. */
public final class Reruns {

    /** Where the provenance records of image services are, relative to the output root. */
    public static final String RECORDS = OutputLayout.PROVENANCE_FOLDER + OutputLayout.TILES_FOLDER + "/";

    private Reruns() {
    }

    /**
     * The services ("ms-1-2") whose provenance record is among {@code keys} (relative to the output root): those a
     * run finished, as a record is published after everything else of its service.
     */
    public static Set<String> finished(Collection<String> keys) {
        return keys.stream()
                .filter(key -> key.startsWith(RECORDS) && key.endsWith(".json"))
                .map(key -> key.substring(RECORDS.length(), key.length() - ".json".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Service name to the status a report.json gives its image: tiled, unchanged or failed. */
    public static Map<String, String> statuses(byte[] report) {
        JsonNode images = Json.parse(report).path("images");
        return IntStream.range(0, images.size()).mapToObj(images::get).collect(Collectors.toMap(
                image -> image.path("object").asText() + "-" + image.path("page").asInt(),
                image -> image.path("status").asText(), (a, b) -> a, TreeMap::new));
    }
}
