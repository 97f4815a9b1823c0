package org.iiifgenerator.task;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the system we replace put a task's output, reproduced so that republished objects keep their keys and
 * URLs. Its tiler read ACCESS_DIR from the collection folder on (the "input folder"); the object is the folder
 * that holds the image folder, and the output root is the destination folder followed by the input folder
 * without its last two folders:
 * <pre>
 *   ACCESS_DIR    Women_of_Design/Ms2016_012_Womens_Development_Corp/Box2/Box2_Folder19_Synopsis/Access
 *   input folder                  Ms2016_012_Womens_Development_Corp/Box2/Box2_Folder19_Synopsis/Access
 *   root          &lt;destination folder&gt;/Ms2016_012_Womens_Development_Corp/Box2
 *   object        Box2_Folder19_Synopsis      (manifest: &lt;root&gt;/Box2_Folder19_Synopsis/manifest.json)
 * </pre>
 * The collection folder is marked by COLLECTION_IDENTIFIER in generation-2 tasks and by the {@code Ms9999_999}
 * pattern of CSV_NAME in generation-1 tasks; without a marker the input folder is all of ACCESS_DIR, as it was
 * for the seed. The seed searched the marker anywhere in ACCESS_DIR; a match inside a folder name, which cut
 * that name in two, is refused here, and so is a marker that is missing, where the seed failed.
 */
record PredecessorLayout(KeyPath inputFolder) {

    /** The generation-1 tiler took the collection from the CSV's name, e.g. Ms2016_012 from Ms2016_012_Box2.csv. */
    private static final Pattern FIRST_GENERATION_COLLECTION = Pattern.compile("Ms\\d{4}_\\d{3}");

    /**
     * @param marker       the start of the collection folder's name, or "" for none
     * @param markerOrigin where the marker comes from, to name it when ACCESS_DIR does not contain it
     */
    static PredecessorLayout of(KeyPath accessDir, String marker, String markerOrigin) {
        int start = 0;
        while (start < accessDir.size()
                && !accessDir.subpath(start, accessDir.size()).toString().startsWith(marker)) {
            start++;
        }
        if (start == accessDir.size()) {
            throw new IllegalArgumentException("it has no folder starting with '" + marker + "' (the collection, "
                    + "from " + markerOrigin + "): output folders are named after ACCESS_DIR from that folder on");
        }
        KeyPath inputFolder = accessDir.subpath(start, accessDir.size());
        if (inputFolder.size() < 2) {
            throw new IllegalArgumentException("it must end with <object folder>/<image folder>, e.g. "
                    + "Box2_Folder19_Synopsis/Access: the object is named after the folder that holds the images");
        }
        return new PredecessorLayout(inputFolder);
    }

    /** The collection marker of a generation-1 task, or "" when its CSV's name has none. */
    static String firstGenerationMarker(String csvName) {
        if (csvName == null) {
            return "";
        }
        Matcher collection = FIRST_GENERATION_COLLECTION.matcher(csvName);
        return collection.find() ? collection.group() : "";
    }

    /** The identifier of the object: the folder that holds the image folder. */
    String objectId() {
        return inputFolder.segments().get(inputFolder.size() - 2);
    }

    /** The first folder of the input folder: the collection's, when ACCESS_DIR has folders above the object. */
    String collectionFolder() {
        return inputFolder.segments().getFirst();
    }

    /** The prefix of every output key: the destination folder, then the folders above the object. */
    KeyPath root(KeyPath destinationFolder) {
        return destinationFolder.then(inputFolder.subpath(0, inputFolder.size() - 2));
    }
}
