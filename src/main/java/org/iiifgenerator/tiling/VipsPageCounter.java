package org.iiifgenerator.tiling;

import java.nio.file.Path;
import org.iiifgenerator.collection.PageCounter;
import org.iiifgenerator.vips.LoadOptions;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsException;
import org.iiifgenerator.vips.VipsImage;

/** Counts pages from the file header only (libvips opens lazily), so planning does not decode pixels. */
public final class VipsPageCounter implements PageCounter {

    @Override
    public int count(Path file) {
        try (VipsImage image = Vips.open(file, LoadOptions.firstPage())) {
            return Math.max(1, image.pageCount());
        } catch (VipsException unreadable) {
            // Counted as one page: tiling it fails again and reports libvips' reason against this file.
            return 1;
        }
    }
}
