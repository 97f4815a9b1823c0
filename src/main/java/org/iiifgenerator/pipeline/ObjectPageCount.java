package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedMap;
import org.iiifgenerator.collection.ImageFiles;
import org.iiifgenerator.collection.PageCounter;
import org.iiifgenerator.collection.SourceObject;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.share.Piece;
import org.iiifgenerator.source.ImageSource;
import org.iiifgenerator.storage.StoredFile;

/** Counts the pages of an object's files (multi-page files expanded) and lists those of the piece a run tiles. */
final class ObjectPageCount {

    private final PageCounter pageCounter;

    ObjectPageCount(PageCounter pageCounter) {
        this.pageCounter = pageCounter;
    }

    /**
     * The pages of the piece's files, numbered across the whole object: the pages of the object's earlier files are
     * counted (not tiled) so that a shard holding files 5-9 numbers their pages as a single run would.
     */
    List<SourcePage> pages(Run run, SequencedMap<String, StoredFile> files, SourceObject object, String key,
                           Piece piece) throws IOException {
        List<SourcePage> pages = new ArrayList<>();
        int number = 0;
        List<String> objectFiles = object.files();
        for (int index = 1; index <= piece.lastFile(); index++) {
            String file = objectFiles.get(index - 1);
            int count = ImageFiles.mayHaveSeveralPages(file) ? countPages(run, file)
                    : ImageFiles.isGif(file) ? firstFrameOnly(run, file) : 1;
            for (int page = 0; page < count; page++) {
                number++;
                if (index >= piece.firstFile()) {
                    pages.add(new SourcePage(object.identifier(), key, number, file,
                            run.source().describe(file), files.get(file).version(), page, count));
                }
            }
        }
        return pages;
    }

    /** The file's pages from its header; none, reported, when there are more than the job allows. */
    private int countPages(Run run, String file) throws IOException {
        int count = pagesIn(run.source(), file);
        int limit = run.job().tiling().maxPages();
        if (count > limit) {
            run.report().leftOut(run.source().describe(file) + " has " + count + " pages, more than iiif.max-pages ("
                    + limit + "); it is left out. Split the file, or raise the limit if it is meant to be one object.");
            return 0;
        }
        return count;
    }

    /**
     * One page: the frames of an animated GIF are moments of one picture, not pages of an object (a 40-frame
     * spinner is not a 40-page book), so its first frame is published, with a warning that says so.
     */
    private int firstFrameOnly(Run run, String file) throws IOException {
        int frames = pagesIn(run.source(), file);
        if (frames > 1) {
            run.report().warn(run.source().describe(file) + " is an animated GIF of " + frames
                    + " frames; only its first frame is published");
        }
        return 1;
    }

    private int pagesIn(ImageSource source, String file) throws IOException {
        try {
            return pageCounter.count(source.acquire(file));
        } finally {
            source.release(file);
        }
    }
}
