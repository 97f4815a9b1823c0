package org.iiifgenerator.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.iiifgenerator.storage.ContentTypes;

/**
 * The viewer pages: their files from the classpath ({@code viewer/}: the pages, and under {@code lib/} the
 * OpenSeadragon and Mirador bundles the build copied there), the index page for the folder itself, and
 * {@code contents.json}, what the served folder holds now.
 */
final class ViewerFiles implements FileSource {

    static final String CONTENTS = "contents.json";
    private static final String CLASSPATH_FOLDER = "viewer/";
    private static final String INDEX = "index.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path publishedFolder;

    ViewerFiles(Path publishedFolder) {
        this.publishedFolder = publishedFolder;
    }

    @Override
    public Optional<ServedFile> find(RequestPath path) throws IOException {
        String name = path.isEmpty() ? INDEX : path.key();
        if (name.equals(CONTENTS)) {
            return Optional.of(bytes(name, JSON.writeValueAsBytes(PublishedContents.of(publishedFolder))));
        }
        // Only files of the page types: a folder of the classpath (lib/) reads as a listing or as nothing.
        if (ContentTypes.of(name).equals(ContentTypes.UNKNOWN)) {
            return Optional.empty();
        }
        try (InputStream in = ViewerFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(bytes(name, in.readAllBytes()));
        }
    }

    private static ServedFile bytes(String name, byte[] content) {
        return new ServedFile(ContentTypes.of(name), content.length, () -> new ByteArrayInputStream(content));
    }
}
