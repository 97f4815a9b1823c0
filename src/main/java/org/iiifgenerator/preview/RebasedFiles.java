package org.iiifgenerator.preview;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The served folder's files, with the JSON documents (info.json, manifests, the collection, index.jsonl) naming
 * this server where they name the base URL the output was published for: production output browsed here finds
 * its tiles and manifests here. Other files are served as they are.
 */
final class RebasedFiles implements FileSource {

    private final FileSource files;
    private final String publishedBase;
    private final String localBase;

    /**
     * @param publishedBaseUrl the base URL the documents were written for (a trailing slash is ignored)
     * @param localBaseUrl     this server's root URL
     */
    RebasedFiles(FileSource files, String publishedBaseUrl, String localBaseUrl) {
        this.files = files;
        this.publishedBase = withoutTrailingSlash(publishedBaseUrl) + "/";
        this.localBase = withoutTrailingSlash(localBaseUrl) + "/";
    }

    @Override
    public Optional<ServedFile> find(RequestPath path) throws IOException {
        Optional<ServedFile> found = files.find(path);
        if (found.isEmpty() || !isDocument(path.key())) {
            return found;
        }
        byte[] rebased;
        try (InputStream in = found.get().content().open()) {
            // Ids are written unescaped ('/' stays '/'), so the base URL appears in the text as given.
            rebased = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(publishedBase, localBase)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return Optional.of(new ServedFile(found.get().contentType(), rebased.length,
                () -> new ByteArrayInputStream(rebased)));
    }

    private static boolean isDocument(String key) {
        return key.endsWith(".json") || key.endsWith(".jsonl");
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
