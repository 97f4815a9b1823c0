package org.iiifgenerator.iiif.presentation3;

import java.util.List;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.presentation.CollectionDocument;
import org.iiifgenerator.iiif.presentation.CollectionRef;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;

/** Presentation API 3.0 manifests and collection. */
public final class Presentation3Writer implements PresentationWriter {

    static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";
    // Labels this tool writes itself ("Attribution") are English; values from the CSV carry the configured tag.
    private static final String OWN_LANGUAGE = "en";

    private final String language;

    public Presentation3Writer(String language) {
        this.language = language;
    }

    @Override
    public byte[] manifest(PublishedObject object, CollectionRef partOf) {
        Description d = object.description();
        List<Canvas> canvases = object.pages().stream().map(page -> canvas(object, page)).toList();
        Manifest manifest = new Manifest(object.manifestUrl(), text(object.displayLabel()), text(d.summary()),
                d.metadata().stream().map(m -> new LabelValue(text(m.label()), text(m.value()))).toList(),
                d.requiredStatement() == null ? null
                        : new LabelValue(LanguageMap.of(OWN_LANGUAGE, "Attribution"), text(d.requiredStatement())),
                d.rights(), d.navDate(), thumbnail(object.coverImage()),
                List.of(new ResourceRef(partOf.id(), "Collection", text(partOf.label()), null)), canvases);
        return IiifJson.write(manifest);
    }

    @Override
    public byte[] collection(CollectionDocument collection) {
        List<ResourceRef> items = collection.objects().stream()
                .map(o -> new ResourceRef(o.manifestUrl(), "Manifest", text(o.displayLabel()),
                        thumbnail(o.coverImage())))
                .toList();
        return IiifJson.write(new Collection(collection.ref().id(), text(collection.ref().label()), items));
    }

    private Canvas canvas(PublishedObject object, PublishedPage page) {
        ImageService image = page.image();
        String canvasId = object.objectUrl() + "/canvas/p" + page.number();
        ImageResource body = ImageResource.jpeg(image.maxImageUrl(), image.maxSize().width(),
                image.maxSize().height(), ImageServiceRef.level0(image.id()));
        Annotation painting = new Annotation(object.objectUrl() + "/annotation/p" + page.number(), body, canvasId);
        AnnotationPage annotations = new AnnotationPage(object.objectUrl() + "/page/p" + page.number(),
                List.of(painting));
        return new Canvas(canvasId, text(page.label()), image.width(), image.height(), thumbnail(image),
                List.of(annotations));
    }

    private static List<ImageResource> thumbnail(ImageService image) {
        Size size = image.thumbnailSize(THUMBNAIL_MIN_SIDE);
        return List.of(ImageResource.jpeg(image.sizeUrl(size), size.width(), size.height(),
                ImageServiceRef.level0(image.id())));
    }

    private LanguageMap text(String value) {
        return LanguageMap.of(language, value);
    }
}
