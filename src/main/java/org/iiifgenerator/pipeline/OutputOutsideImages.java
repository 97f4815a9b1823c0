package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.task.InvalidJobException;
import org.iiifgenerator.task.Job;

/**
 * Refuses an output inside the images folder (or the images folder itself), before anything is written: the
 * next run would list what this one publishes (tiles, full-size JPEGs) as images and publish them again, as
 * objects of their own, and every run after that would add more.
 */
final class OutputOutsideImages {

    private OutputOutsideImages() {
    }

    static void check(Job job) {
        if (inside(job.output(), job.images())) {
            throw new InvalidJobException(OptionNames.output(job) + " " + job.output() + " is inside "
                    + OptionNames.images(job) + " " + job.images() + ": a later run would take what is published "
                    + "there for images. Choose an output folder outside the images folder.");
        }
    }

    private static boolean inside(Location output, Location images) {
        if (output.isLocal() != images.isLocal()) {
            return false;
        }
        if (output.isLocal()) {
            return real(output.localPath()).startsWith(real(images.localPath()));
        }
        return output.bucket().equals(images.bucket()) && folder(output.path()).startsWith(folder(images.path()));
    }

    /** A key prefix as a folder: "a/b" and "a/b/" are the same folder, and "a/bc" is not in it. */
    private static String folder(String prefix) {
        String trimmed = prefix.replaceAll("/+$", "");
        return trimmed.isEmpty() ? "" : trimmed + "/";
    }

    /**
     * The path with the symbolic links of its existing part resolved, so that a link to the images folder is
     * recognised as the folder; the part that does not exist yet is appended as it is.
     */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException unreadable) {
            return absolute;
        }
    }
}
