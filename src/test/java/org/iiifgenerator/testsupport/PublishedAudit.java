package org.iiifgenerator.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.Storage;

/**
 * An independent audit of a published output as it is at this moment, whatever state a run left it in (killed
 * half-way, say): what a viewer that follows the published documents would find missing. Every info.json's tiles,
 * sizes and full image exist ({@link ViewerRequests}); every image service a manifest points at has its info.json;
 * every image a manifest paints and every manifest the collection lists exists; every document parses.
 */
public final class PublishedAudit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INFO_JSON = "/info.json";

    private final Storage published;
    private final String basePath;
    private final Set<String> keys;
    private final List<String> problems = new ArrayList<>();

    private PublishedAudit(Storage published, String baseUrl) throws IOException {
        this.published = published;
        this.basePath = URI.create(baseUrl.replaceAll("/+$", "")).getPath();
        this.keys = new TreeSet<>(published.list(""));
    }

    /**
     * What is wrong, one line each naming the key; empty when every promise the published documents make holds.
     *
     * @param baseUrl the URL the output's root is served at (what the run was given)
     */
    public static List<String> problems(Storage published, String baseUrl) throws IOException {
        PublishedAudit audit = new PublishedAudit(published, baseUrl);
        for (String key : audit.keys) {
            if (key.startsWith(OutputLayout.TILES_FOLDER + "/") && key.endsWith(INFO_JSON)) {
                audit.imageService(key);
            } else if (key.endsWith("/manifest.json") || key.equals(OutputLayout.COLLECTION_KEY)) {
                audit.document(key);
            }
        }
        return audit.problems;
    }

    /**
     * What a replacement of image services left in the published tree besides the services: keys under
     * {@code tiles/} in a hidden folder or hidden themselves (such as {@code tiles/.x-1.replaced-<uuid>/…}).
     */
    public static List<String> leftovers(Storage published) throws IOException {
        return published.list(OutputLayout.TILES_FOLDER + "/").stream()
                .filter(key -> key.contains("/."))
                .toList();
    }

    private void imageService(String infoKey) {
        JsonNode info = parse(infoKey);
        if (info == null) {
            return;
        }
        String service = infoKey.substring(0, infoKey.length() - INFO_JSON.length());
        List<String> missing = ViewerRequests.of(info).stream()
                .filter(url -> !keys.contains(service + "/" + url))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(infoKey + " lists " + missing.size() + " tiles or sizes that are not published, such as "
                    + missing.getFirst());
        }
    }

    private void document(String key) {
        JsonNode document = parse(key);
        if (document != null) {
            references(key, document);
        }
    }

    /** The image services, images and manifests a document points at, wherever they are in it. */
    private void references(String documentKey, JsonNode node) {
        if (node.isObject()) {
            String type = node.has("type") ? node.path("type").asText() : node.path("@type").asText();
            String id = node.has("id") ? node.path("id").asText() : node.path("@id").asText();
            if (type.startsWith("ImageService") || type.equals("iiif:ImageProfile")) {
                expect(documentKey, id, INFO_JSON.substring(1));
            } else if (type.equals("Image") || type.equals("dctypes:Image") || type.equals("Manifest")
                    || type.equals("sc:Manifest")) {
                expect(documentKey, id, null);
            }
        }
        node.forEach(child -> references(documentKey, child));
    }

    private void expect(String documentKey, String url, String file) {
        String path = URI.create(url).getPath();
        if (!path.startsWith(basePath + "/")) {
            return;
        }
        String key = path.substring(basePath.length() + 1) + (file == null ? "" : "/" + file);
        if (!keys.contains(key)) {
            problems.add(documentKey + " points at " + url + ", but " + key + " is not published");
        }
    }

    private JsonNode parse(String key) {
        try {
            return JSON.readTree(published.read(key));
        } catch (IOException e) {
            problems.add(key + " cannot be read as JSON: " + e.getMessage());
            return null;
        }
    }
}
