package org.iiifgenerator.iiif.presentation2;

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

/** Presentation API 2.1 manifests and collection, for clients that have not moved to version 3. */
public final class Presentation2Writer implements PresentationWriter {

    static final String CONTEXT = "http://iiif.io/api/presentation/2/context.json";

    @Override
    public byte[] manifest(PublishedObject object, CollectionRef partOf) {
        Description d = object.description();
        List<Canvas2> canvases = object.pages().stream().map(page -> canvas(object, page)).toList();
        Manifest2 manifest = new Manifest2(object.manifestUrl(), object.displayLabel(), d.summary(),
                d.metadata().stream().map(m -> new MetadataEntry2(m.label(), m.value())).toList(),
                d.requiredStatement(), d.rights(), d.navDate(), thumbnail(object.coverImage()), partOf.id(),
                List.of(new Sequence2(object.objectUrl() + "/sequence/normal", canvases)));
        return IiifJson.write(manifest);
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
        String canvasId = object.objectUrl() + "/canvas/p" + page.number();
        ImageResource2 body = new ImageResource2(image.maxImageUrl(), image.maxSize().width(),
                image.maxSize().height(), new Service2(image.id()));
        Annotation2 painting = new Annotation2(object.objectUrl() + "/annotation/p" + page.number(), body, canvasId);
        return new Canvas2(canvasId, page.label(), image.width(), image.height(), thumbnail(image),
                List.of(painting));
    }

    private static ImageResource2 thumbnail(ImageService image) {
        Size size = image.thumbnailSize(THUMBNAIL_MIN_SIDE);
        return new ImageResource2(image.sizeUrl(size), size.width(), size.height(), new Service2(image.id()));
    }
}
