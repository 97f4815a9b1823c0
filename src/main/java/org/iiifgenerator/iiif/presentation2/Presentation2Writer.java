package org.iiifgenerator.iiif.presentation2;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.presentation.CollectionDocument;
import org.iiifgenerator.iiif.presentation.CollectionRef;
import org.iiifgenerator.iiif.presentation.Contents;
import org.iiifgenerator.iiif.presentation.Contents.Section;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.Description.Link;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;

/** Presentation API 2.1 manifests and collection, for clients that have not moved to version 3. */
public final class Presentation2Writer implements PresentationWriter {

    static final String CONTEXT = "http://iiif.io/api/presentation/2/context.json";

    @Override
    public byte[] manifest(PublishedObject object, CollectionRef partOf) {
        Description d = object.description();
        List<Canvas2> canvases = object.pages().stream().map(page -> canvas(object, page)).toList();
        Manifest2 manifest = new Manifest2(object.manifestUrl(), object.displayLabel(), d.summary(),
                d.metadata().stream().map(m -> new MetadataEntry2(m.label(), m.value())).toList(),
                d.requiredStatement(), d.rights(), partOf.provider() == null ? null : partOf.provider().logo(),
                d.navDate(), links(d.homepage(), link -> null, "text/html"), links(d.seeAlso(), link -> null, null),
                links(d.rendering(), link -> "application/pdf".equals(link.format()) ? "Download PDF"
                        : "Download original", null),
                thumbnail(object.coverImage()), d.behavior(), d.viewingDirection(), partOf.id(),
                List.of(new Sequence2(object.objectUrl() + "/sequence/normal", canvases)), structures(object));
        return IiifJson.write(manifest);
    }

    private static List<Link2> links(List<Link> links, Function<Link, String> label, String defaultFormat) {
        return links.stream().map(link -> new Link2(link.url(), label.apply(link),
                link.format() == null ? defaultFormat : link.format())).toList();
    }

    /** Every section, after a top range (viewingHint "top") that lists the first level; none without sections. */
    private static List<Range2> structures(PublishedObject object) {
        List<Section> sections = Contents.of(object);
        if (sections.isEmpty()) {
            return List.of();
        }
        List<Range2> ranges = new ArrayList<>();
        ranges.add(new Range2(object.objectUrl() + "/range/contents", "Contents", "top",
                sections.stream().map(section -> rangeId(object, section)).toList(), null));
        sections.forEach(section -> addRanges(object, section, ranges));
        return ranges;
    }

    private static void addRanges(PublishedObject object, Section section, List<Range2> ranges) {
        ranges.add(new Range2(rangeId(object, section), section.label(), null,
                section.subSections().stream().map(sub -> rangeId(object, sub)).toList(),
                section.pages().stream().map(page -> canvasId(object, page)).toList()));
        section.subSections().forEach(sub -> addRanges(object, sub, ranges));
    }

    private static String rangeId(PublishedObject object, Section section) {
        return object.objectUrl() + "/range/" + section.name();
    }

    private static String canvasId(PublishedObject object, PublishedPage page) {
        return object.objectUrl() + "/canvas/p" + page.number();
    }

    @Override
    public byte[] collection(CollectionDocument collection) {
        List<Collection2.ManifestRef2> manifests = collection.objects().stream()
                .map(o -> new Collection2.ManifestRef2(o.manifestUrl(), o.displayLabel(), thumbnail(o.coverImage())))
                .toList();
        return IiifJson.write(new Collection2(collection.ref().id(), collection.ref().label(), manifests));
    }

    private static Canvas2 canvas(PublishedObject object, PublishedPage page) {
        ImageService image = page.image();
        String canvasId = canvasId(object, page);
        ImageResource2 body = new ImageResource2(image.maxImageUrl(), image.maxSize().width(),
                image.maxSize().height(), Service2.of(image));
        Annotation2 painting = new Annotation2(object.objectUrl() + "/annotation/p" + page.number(), body, canvasId);
        return new Canvas2(canvasId, page.label(), image.width(), image.height(), thumbnail(image),
                List.of(painting));
    }

    private static ImageResource2 thumbnail(ImageService image) {
        Size size = image.thumbnailSize(THUMBNAIL_MIN_SIDE);
        return new ImageResource2(image.sizeUrl(size), size.width(), size.height(), Service2.of(image));
    }
}
