package org.iiifgenerator.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.DerivedSizes;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.iiif.presentation.CollectionDocument;
import org.iiifgenerator.iiif.presentation.CollectionRef;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.Description.LabelledValue;
import org.iiifgenerator.iiif.presentation.Description.Link;
import org.iiifgenerator.iiif.presentation.Description.PageLabel;
import org.iiifgenerator.iiif.presentation.Description.Range;
import org.iiifgenerator.iiif.presentation.Provider;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;
import org.iiifgenerator.layout.KeySegments;
import org.iiifgenerator.layout.OutputLayout;

/** Published objects and image services built by hand the way the pipeline builds them, without tiling. */
public final class SampleObjects {

    public static final OutputLayout LAYOUT = new OutputLayout("https://iiif.example.org/iawa");
    public static final CollectionRef COLLECTION =
            new CollectionRef(LAYOUT.url(OutputLayout.COLLECTION_KEY), "Women of Design");
    /** The collection with a provider, as {@code iiif.provider-*} configure it. */
    public static final CollectionRef PROVIDED_COLLECTION = new CollectionRef(COLLECTION.id(), COLLECTION.label(),
            new Provider("Virginia Tech Special Collections", "https://lib.vt.edu/", "https://lib.vt.edu/logo.png"));
    public static final int TILE_SIZE = 256;
    public static final int SIZES_MAX = 2048;

    private SampleObjects() {
    }

    /** Every CSV-fed property set, two metadata entries. */
    public static Description fullDescription() {
        return new Description("Synopsis", "Typescript synopsis of the corporation's first year",
                "http://creativecommons.org/licenses/by/4.0/", "Special Collections, Virginia Tech",
                "1979-06-01T00:00:00Z",
                List.of(new LabelledValue("Creator", "Women's Development Corporation"),
                        new LabelledValue("Box", "2")));
    }

    /**
     * A letter of six pages read right to left: every CSV column about structure and links set, pages 1 and 6
     * labelled, a table of contents of two levels ("Letter" pages 2-5 with "First sheet" 2-3; "Envelope" 6).
     */
    public static Description structuredDescription() {
        return new Description("A letter", null, null, null, null, List.of(), "paged", "right-to-left",
                List.of(new Link("https://lib.example.org/letter", null)),
                List.of(new Link("https://lib.example.org/letter.xml", "application/xml")),
                List.of(new Link("https://lib.example.org/letter.pdf", "application/pdf"),
                        new Link("https://lib.example.org/letter.tif", "image/tiff")),
                List.of(new PageLabel(1, null, "Cover"), new PageLabel(6, null, "Envelope front")),
                List.of(new Range("Letter", 2, 5, List.of(new Range("First sheet", 2, 3, List.of()))),
                        new Range("Envelope", 6, 6, List.of())));
    }

    /**
     * The structured letter as the pipeline publishes it: six pages labelled from the description, of which
     * {@code missing} failed and are left out.
     */
    public static PublishedObject structuredObject(IiifVersion version, int... missing) {
        Description description = structuredDescription();
        PublishedObject all = object(version, "letter", description, new Size(600, 800), new Size(600, 800),
                new Size(600, 800), new Size(600, 800), new Size(600, 800), new Size(800, 600));
        List<PublishedPage> pages = all.pages().stream()
                .filter(page -> Arrays.stream(missing).noneMatch(number -> number == page.number()))
                .map(page -> new PublishedPage(page.number(), page.image(), description.pageLabel(page.number(), null)))
                .toList();
        return new PublishedObject(all.identifier(), all.objectUrl(), all.manifestUrl(), description, pages);
    }

    /** An object with no CSV row: nothing but its identifier is known. */
    public static Description noDescription() {
        return new Description(null, null, null, null, null, List.of());
    }

    /** Scale factors as libvips lists them: 1, 2, 4 … while a level is larger than one tile. */
    public static List<Integer> scaleFactors(int width, int height) {
        List<Integer> factors = new ArrayList<>(List.of(1));
        while (Size.atScaleFactor(width, height, factors.getLast()).longestSide() > TILE_SIZE) {
            factors.add(factors.getLast() * 2);
        }
        if (factors.size() > 1) {
            factors.removeLast();
        }
        return factors;
    }

    /** A page's image service as the tiler describes it: full/max is the largest pre-rendered size. */
    public static ImageService imageService(IiifVersion version, String objectKey, int page, int width, int height) {
        List<Integer> factors = scaleFactors(width, height);
        List<Size> sizes = DerivedSizes.choose(width, height, factors, SIZES_MAX);
        return new ImageService(LAYOUT.url(LAYOUT.imageServiceKey(objectKey, page)), version, width, height,
                TILE_SIZE, factors, sizes, sizes.getLast(), TileFormat.JPG);
    }

    /** An object whose pages have the given pixel sizes, in order. */
    public static PublishedObject object(IiifVersion version, String identifier, Description description,
                                         Size... pageSizes) {
        String key = KeySegments.of(identifier);
        List<PublishedPage> pages = new ArrayList<>();
        for (int i = 0; i < pageSizes.length; i++) {
            int number = i + 1;
            pages.add(new PublishedPage(number,
                    imageService(version, key, number, pageSizes[i].width(), pageSizes[i].height())));
        }
        return new PublishedObject(identifier, LAYOUT.url(key), LAYOUT.url(LAYOUT.manifestKey(key)), description,
                pages);
    }

    public static CollectionDocument collectionOf(PublishedObject... objects) {
        return new CollectionDocument(COLLECTION, List.of(objects));
    }
}
