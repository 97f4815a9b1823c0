package org.iiifgenerator.iiif.presentation3;

import java.util.List;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.presentation.CollectionDocument;
import org.iiifgenerator.iiif.presentation.CollectionRef;
import org.iiifgenerator.iiif.presentation.Contents;
import org.iiifgenerator.iiif.presentation.Contents.Section;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.Description.Link;
import org.iiifgenerator.iiif.presentation.MediaTypes;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation.Provider;
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
                d.rights(), d.navDate(), provider(partOf.provider()),
                d.homepage().stream().map(link -> homepage(link, text(object.displayLabel()))).toList(),
                d.seeAlso().stream().map(link -> new ExternalResource(link.url(), "Dataset", null, link.format()))
                        .toList(),
                d.rendering().stream().map(Presentation3Writer::rendering).toList(),
                thumbnail(object.coverImage()), d.behavior() == null ? null : List.of(d.behavior()),
                d.viewingDirection(), List.of(new ResourceRef(partOf.id(), "Collection", text(partOf.label()), null)),
                canvases, Contents.of(object).stream().map(section -> range(object, section)).toList());
        return IiifJson.write(manifest);
    }

    private static ExternalResource homepage(Link link, LanguageMap label) {
        return new ExternalResource(link.url(), "Text", label, link.format() == null ? "text/html" : link.format());
    }

    /** A download: "Download PDF" for a PDF, "Download original" for anything else (the file scanned, say). */
    private static ExternalResource rendering(Link link) {
        boolean pdf = "application/pdf".equals(link.format());
        String type = pdf || link.format() == null || link.format().startsWith("text/") ? "Text"
                : link.format().startsWith("image/") ? "Image" : "Dataset";
        return new ExternalResource(link.url(), type,
                LanguageMap.of(OWN_LANGUAGE, pdf ? "Download PDF" : "Download original"), link.format());
    }

    private List<Agent> provider(Provider provider) {
        if (provider == null) {
            return null;
        }
        return List.of(new Agent(provider.homepage(), text(provider.label()),
                List.of(new ExternalResource(provider.homepage(), "Text", text(provider.label()), "text/html")),
                provider.logo() == null ? null : List.of(new ExternalResource(provider.logo(), "Image", null,
                        MediaTypes.ofUrl(provider.logo())))));
    }

    private Range range(PublishedObject object, Section section) {
        List<Object> items = section.entries().stream()
                .<Object>map(entry -> entry instanceof Section sub ? range(object, sub)
                        : new ResourceRef(canvasId(object, (PublishedPage) entry), "Canvas", null, null))
                .toList();
        return new Range(object.objectUrl() + "/range/" + section.name(), text(section.label()), items);
    }

    @Override
    public byte[] collection(CollectionDocument collection) {
        List<ResourceRef> items = collection.objects().stream()
                .map(o -> new ResourceRef(o.manifestUrl(), "Manifest", text(o.displayLabel()),
                        thumbnail(o.coverImage())))
                .toList();
        return IiifJson.write(new Collection(collection.ref().id(), text(collection.ref().label()),
                provider(collection.ref().provider()), items));
    }

    private Canvas canvas(PublishedObject object, PublishedPage page) {
        ImageService image = page.image();
        String canvasId = canvasId(object, page);
        ImageResource body = ImageResource.jpeg(image.maxImageUrl(), image.maxSize().width(),
                image.maxSize().height(), ImageServiceRef.of(image));
        Annotation painting = new Annotation(object.objectUrl() + "/annotation/p" + page.number(), body, canvasId);
        AnnotationPage annotations = new AnnotationPage(object.objectUrl() + "/page/p" + page.number(),
                List.of(painting));
        return new Canvas(canvasId, text(page.label()), image.width(), image.height(), thumbnail(image),
                List.of(annotations));
    }

    private static String canvasId(PublishedObject object, PublishedPage page) {
        return object.objectUrl() + "/canvas/p" + page.number();
    }

    private static List<ImageResource> thumbnail(ImageService image) {
        Size size = image.thumbnailSize(THUMBNAIL_MIN_SIDE);
        return List.of(ImageResource.jpeg(image.sizeUrl(size), size.width(), size.height(),
                ImageServiceRef.of(image)));
    }

    private LanguageMap text(String value) {
        return LanguageMap.of(language, value);
    }
}
