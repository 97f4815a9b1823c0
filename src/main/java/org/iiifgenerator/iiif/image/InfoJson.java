package org.iiifgenerator.iiif.image;

import java.util.List;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.iiif.IiifVersion;

/** Writes an image service's {@code info.json} in the service's Image API version. */
public final class InfoJson {

    /** The document's name in its service's folder. */
    public static final String FILE_NAME = "info.json";

    private InfoJson() {
    }

    public static byte[] write(ImageService service) {
        return IiifJson.write(service.version() == IiifVersion.V3 ? v3(service) : v2(service));
    }

    static ImageInfo3 v3(ImageService s) {
        boolean webp = s.tileFormat() == TileFormat.WEBP;
        return new ImageInfo3(s.id(), s.width(), s.height(), maxWidth(s), maxHeight(s), s.sizes(), tiles(s),
                webp ? List.of("webp") : null, webp ? List.of("webp") : null);
    }

    static ImageInfo2 v2(ImageService s) {
        List<String> formats = s.tileFormat() == TileFormat.WEBP ? List.of("jpg", "webp") : List.of("jpg");
        return ImageInfo2.of(s.id(), s.width(), s.height(), s.sizes(), tiles(s),
                new ImageInfo2.ProfileDetails(formats, List.of("default"), maxWidth(s), maxHeight(s)));
    }

    private static List<ImageInfo3.Tiles> tiles(ImageService s) {
        return List.of(new ImageInfo3.Tiles(s.tileSize(), s.scaleFactors()));
    }

    // Declared only when full/max is smaller than the image, so clients know not to ask for more.
    private static Integer maxWidth(ImageService s) {
        return s.isMaxSizeFullResolution() ? null : s.maxSize().width();
    }

    private static Integer maxHeight(ImageService s) {
        return s.isMaxSizeFullResolution() ? null : s.maxSize().height();
    }
}
