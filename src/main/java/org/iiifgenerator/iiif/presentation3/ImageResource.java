package org.iiifgenerator.iiif.presentation3;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An image (painting body or thumbnail) with the service it comes from. */
@JsonPropertyOrder({"id", "type", "format", "width", "height", "service"})
public record ImageResource(String id, String type, String format, int width, int height,
                            List<ImageServiceRef> service) {

    static ImageResource jpeg(String id, int width, int height, ImageServiceRef service) {
        return new ImageResource(id, "Image", "image/jpeg", width, height, List.of(service));
    }
}
