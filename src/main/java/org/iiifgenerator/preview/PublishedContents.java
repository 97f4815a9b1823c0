package org.iiifgenerator.preview;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iiifgenerator.collection.NaturalOrder;
import org.iiifgenerator.layout.OutputLayout;

/**
 * What a published folder holds, for the viewer page's index: the collection, the manifests and the image
 * services, each with the server path it is served at. Found by a walk that stops at each image service's folder
 * (its tiles are thousands of files) and skips hidden folders (the work folder of a run in progress).
 */
final class PublishedContents {

    /**
     * A document, named by its key (the collection) or its folder's (an object, an image service), and the path
     * (percent-encoded as in published URLs, from the server's root) it is served at.
     */
    record Entry(String name, String path) {
    }

    record Contents(Entry collection, List<Entry> manifests, List<Entry> imageServices) {
    }

    private static final String MANIFEST = "manifest.json";
    private static final String IMAGE_SERVICE = "info.json";

    private PublishedContents() {
    }

    static Contents of(Path root) throws IOException {
        List<Entry> manifests = new ArrayList<>();
        List<Entry> services = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (Files.isRegularFile(dir.resolve(IMAGE_SERVICE))) {
                    services.add(entry(key(root, dir), key(root, dir.resolve(IMAGE_SERVICE))));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().equals(MANIFEST)) {
                    manifests.add(entry(key(root, file.getParent()), key(root, file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // removed while walking: a run is writing the folder
            }
        });
        Comparator<Entry> byName = Comparator.comparing(Entry::name, NaturalOrder.INSTANCE);
        manifests.sort(byName);
        services.sort(byName);
        Path collection = root.resolve(OutputLayout.COLLECTION_KEY);
        return new Contents(Files.isRegularFile(collection)
                ? entry(OutputLayout.COLLECTION_KEY, OutputLayout.COLLECTION_KEY) : null, manifests, services);
    }

    /** The key of {@code file} in the published folder: its names from the root, joined with {@code /}. */
    private static String key(Path root, Path file) {
        List<String> names = new ArrayList<>();
        root.relativize(file).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    private static Entry entry(String name, String key) {
        return new Entry(name, "/" + OutputLayout.encodePath(key));
    }
}
