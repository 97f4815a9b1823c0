package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iiifgenerator.share.Share;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.task.InvalidJobException;
import org.iiifgenerator.task.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output inside the images would be listed as images by the next run: refused, locally and in a bucket. */
class OutputOutsideImagesTest {

    @TempDir
    Path dir;

    @Test
    void anOutputBesideTheImagesIsFine() {
        assertThatCode(() -> OutputOutsideImages.check(job(Location.local(dir.resolve("images")),
                Location.local(dir.resolve("images-out"))))).doesNotThrowAnyException();
        assertThatCode(() -> OutputOutsideImages.check(job(Location.s3("b", "scans/box1/Access/"),
                Location.s3("b", "scans/box1/Access-iiif")))).doesNotThrowAnyException();
        assertThatCode(() -> OutputOutsideImages.check(job(Location.s3("b", "scans/"), Location.s3("other", "scans/"))))
                .doesNotThrowAnyException();
    }

    @Test
    void anOutputReachedThroughALinkToTheImagesIsRefused() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), images);

        assertThatThrownBy(() -> OutputOutsideImages.check(job(Location.local(images),
                Location.local(link.resolve("new/site"))))).isInstanceOf(InvalidJobException.class)
                .extracting(e -> ((InvalidJobException) e).problems()).asList()
                .containsExactly("--out " + link.resolve("new/site") + " is inside --images " + images + ": a later run "
                        + "would take what is published there for images. Choose an output folder outside the images "
                        + "folder.");
    }

    @Test
    void anOutputPrefixInsideTheImagesPrefixIsRefused() {
        assertThatThrownBy(() -> OutputOutsideImages.check(job(Location.s3("b", "scans/box1"),
                Location.s3("b", "scans/box1/iiif/")))).isInstanceOf(InvalidJobException.class)
                .hasMessageContaining("AWS_DEST_BUCKET s3://b/scans/box1/iiif/ is inside ACCESS_DIR in "
                        + "AWS_SRC_BUCKET s3://b/scans/box1: ");
        assertThatThrownBy(() -> OutputOutsideImages.check(job(Location.s3("b", ""), Location.s3("b", "iiif"))))
                .as("images are the whole bucket").isInstanceOf(InvalidJobException.class);
    }

    private static Job job(Location images, Location output) {
        return new Job("c", "c", images, null, output, "https://iiif.example.org", null, null, null, new Share.All(),
                false, false, null, output, Job.PublicCopies.ALL);
    }
}
