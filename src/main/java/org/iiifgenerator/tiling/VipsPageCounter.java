package org.iiifgenerator.tiling;

import java.nio.file.Path;
import org.iiifgenerator.collection.PageCounter;
import org.iiifgenerator.vips.Vips;
import org.iiifgenerator.vips.VipsException;

/** Counts pages from the file header only (libvips opens lazily), so planning does not decode pixels. */
public final class VipsPageCounter implements PageCounter {

    @Override
    public int count(Path file) {
        try {
            return Math.max(1, Vips.pageCount(file));
        } catch (VipsException unreadable) {
            // Counted as one page: tiling it fails again and reports libvips' reason against this file.
            return 1;
        }
    }
}
