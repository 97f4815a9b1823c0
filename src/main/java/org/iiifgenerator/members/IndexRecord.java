package org.iiifgenerator.members;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.PresentationWriter;
import org.iiifgenerator.iiif.presentation.PublishedObject;

/** One line of {@code index.jsonl}: what a search engine needs to find and show a manifest. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "label", "summary", "metadata", "navDate", "rights", "thumbnail", "manifest"})
public record IndexRecord(String id, String label, String summary, List<Description.LabelledValue> metadata,
                          String navDate, String rights, String thumbnail, String manifest) {

    public static IndexRecord of(PublishedObject object) {
        Description d = object.description();
        ImageService cover = object.coverImage();
        return new IndexRecord(object.identifier(), object.displayLabel(), d.summary(), d.metadata(), d.navDate(),
                d.rights(), cover.sizeUrl(cover.thumbnailSize(PresentationWriter.THUMBNAIL_MIN_SIDE)),
                object.manifestUrl());
    }
}
