package org.iiifgenerator.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the objects of a collection in a local folder, following the conventions of the system we replace:
 * each sub-folder is an object whose image files (searched recursively, in natural order: p2 before p10) are
 * its pages; each loose image file is a one-object of its own, identified by its name without extension.
 */
public final class CollectionScanner {

    private static final Comparator<Path> BY_NATURAL_NAME =
            Comparator.comparing(path -> path.toString(), NaturalOrder.INSTANCE);

    public List<SourceObject> scan(Path imagesFolder, Consumer<String> warnings) {
        Map<String, SourceObject> objects = new LinkedHashMap<>();
        for (Path entry : sortedChildren(imagesFolder)) {
            if (ImageFiles.isHidden(entry)) {
                continue;
            }
            SourceObject object = Files.isDirectory(entry) ? folderObject(imagesFolder, entry, warnings)
                    : looseFileObject(imagesFolder, entry, warnings);
            if (object == null) {
                continue;
            }
            SourceObject clash = objects.putIfAbsent(object.identifier(), object);
            if (clash != null) {
                warnings.accept("'" + imagesFolder.relativize(entry) + "' has the same identifier '"
                        + object.identifier() + "' as an earlier entry; it is skipped - rename one of them");
            }
        }
        return List.copyOf(objects.values());
    }

    private static SourceObject folderObject(Path root, Path folder, Consumer<String> warnings) {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !isUnderHiddenEntry(folder, file))
                    .forEach(file -> {
                        if (ImageFiles.isImage(file)) {
                            pages.add(file);
                        } else {
                            warnings.accept("'" + root.relativize(file) + "' is not an image file this tool reads; "
                                    + "it is ignored");
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the object folder " + folder, e);
        }
        if (pages.isEmpty()) {
            warnings.accept("folder '" + root.relativize(folder) + "' holds no image files; no object is made");
            return null;
        }
        pages.sort(Comparator.comparing(page -> folder.relativize(page).toString(), NaturalOrder.INSTANCE));
        return new SourceObject(identifier(folder.getFileName().toString()), pages);
    }

    private static SourceObject looseFileObject(Path root, Path file, Consumer<String> warnings) {
        if (!ImageFiles.isImage(file)) {
            warnings.accept("'" + root.relativize(file) + "' is not an image file this tool reads; it is ignored");
            return null;
        }
        return new SourceObject(identifier(ImageFiles.baseName(file)), List.of(file));
    }

    private static boolean isUnderHiddenEntry(Path objectFolder, Path file) {
        for (Path part : objectFolder.relativize(file)) {
            if (ImageFiles.isHidden(part)) {
                return true;
            }
        }
        return false;
    }

    // File names come from different file systems (macOS writes NFD); identifiers are compared in NFC.
    private static String identifier(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    private static List<Path> sortedChildren(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted(BY_NATURAL_NAME).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the images folder " + folder, e);
        }
    }
}
