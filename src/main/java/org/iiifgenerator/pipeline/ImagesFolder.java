package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.SequencedMap;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.storage.StoredFile;
import org.iiifgenerator.task.InvalidJobException;

/** Lists the files of a run's images folder; a folder without images is the user's mistake, not a failure. */
final class ImagesFolder {

    private ImagesFolder() {
    }

    static SequencedMap<String, StoredFile> list(Run run) {
        try {
            SequencedMap<String, StoredFile> files = run.source().files(run.report()::warn);
            if (files.isEmpty()) {
                throw noImages(run);
            }
            return files;
        } catch (IOException e) {
            throw new InvalidJobException("The images in " + run.job().images() + " (" + OptionNames.images(run.job())
                    + ") cannot be listed: " + e.getMessage(), e);
        }
    }

    /** An empty folder and one of other files alike: there is nothing to publish, and the user chose the wrong one. */
    static InvalidJobException noImages(Run run) {
        return new InvalidJobException("No images found in " + run.job().images() + " ("
                + OptionNames.images(run.job()) + "): give a folder with image files ("
                + ImageFiles.extensionsRead() + "), each loose file or sub-folder an object.");
    }
}
