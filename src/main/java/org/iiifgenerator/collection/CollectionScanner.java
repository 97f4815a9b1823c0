package org.iiifgenerator.collection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Finds the objects of a collection among the files of a source, following the conventions of the system we
 * replace: each top-level folder is an object whose image files (at any depth, in natural order: p2 before p10)
 * are its pages; each loose image file is an object of its own, identified by its name without extension; a
 * source that is itself an object's {@code Access} folder is that one object.
 */
public final class CollectionScanner {

    /**
     * @param keys                '/'-separated file keys relative to the source root
     * @param wholeRootIdentifier when not null, every image is a page of this one object (see {@link AccessFolders})
     * @param warnings            files that are not images
     * @param leftOut             images that are not published because an earlier entry has their identifier
     */
    public List<SourceObject> scan(List<String> keys, String wholeRootIdentifier, Consumer<String> warnings,
                                   Consumer<String> leftOut) {
        Map<String, List<String>> filesByEntry = new TreeMap<>(NaturalOrder.INSTANCE);
        for (String key : keys) {
            if (isHidden(key)) {
                continue;
            }
            if (!ImageFiles.isImage(key)) {
                warnings.accept("'" + key + "' is not an image file this tool reads; it is ignored");
                continue;
            }
            String entry = wholeRootIdentifier != null ? "" : key.contains("/") ? key.substring(0, key.indexOf('/'))
                    : key;
            filesByEntry.computeIfAbsent(entry, e -> new ArrayList<>()).add(key);
        }
        Map<String, SourceObject> objects = new LinkedHashMap<>();
        filesByEntry.forEach((entry, files) -> {
            files.sort(NaturalOrder.INSTANCE);
            String identifier = identifier(wholeRootIdentifier != null ? wholeRootIdentifier
                    : files.size() == 1 && files.getFirst().equals(entry) ? ImageFiles.baseName(entry) : entry);
            if (objects.putIfAbsent(identifier, new SourceObject(identifier, files)) != null) {
                leftOut.accept("'" + entry + "' has the same identifier '" + identifier + "' as an earlier entry; "
                        + "it is left out - rename one of them");
            }
        });
        return List.copyOf(objects.values());
    }

    private static boolean isHidden(String key) {
        for (String segment : key.split("/")) {
            if (ImageFiles.isHidden(segment)) {
                return true;
            }
        }
        return false;
    }

    // File names come from different file systems (macOS writes NFD); identifiers are compared in NFC.
    private static String identifier(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }
}
