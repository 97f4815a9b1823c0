package org.iiifgenerator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What happened to one page image: tiled (with its figures), unchanged (its service, published by an earlier run
 * from the same source and settings, is kept) or failed (with the reason).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"object", "page", "source", "status", "width", "height", "levels", "tiles", "bytes",
        "milliseconds", "imageService", "error"})
public record ImageRecord(String object, int page, String source, Status status, Integer width, Integer height,
                          Integer levels, Integer tiles, Long bytes, Long milliseconds, String imageService,
                          String error) {

    public enum Status { tiled, unchanged, failed }

    public boolean failed() {
        return status == Status.failed;
    }
}
