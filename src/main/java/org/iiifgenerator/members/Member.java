package org.iiifgenerator.members;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import org.iiifgenerator.collection.NaturalOrder;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;
import org.iiifgenerator.layout.OutputLayout;

/**
 * One published object of a collection, as the run that published it last recorded it: what the Collection and
 * {@code index.jsonl} say of it, and where it stands among the others. Ids are not recorded but made from the
 * keys under the base URL of the run that rebuilds the collection.
 *
 * @param csv       the name of the CSV file its description came from, or null without a row
 * @param row       its row in that CSV (0 for the first), or null
 * @param run       the name of the run that published it (its report is {@code collection/reports/<run>.json})
 * @param published when that run published it (ISO-8601)
 * @param pages     how many pages its manifest has
 * @param bytes     the size of its image services, tiles included
 * @param coverPage the number of the page its thumbnail comes from
 * @param cover     that page's image service
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"identifier", "key", "csv", "row", "run", "published", "pages", "bytes", "coverPage",
        "description", "cover"})
public record Member(String identifier, String key, String csv, Integer row, String run, String published,
                     int pages, long bytes, int coverPage, Description description, ImageService cover) {

    /**
     * The order of a collection: objects with a CSV row in the order of their CSV files (by name, naturally) and
     * of their rows; then those without a row, in natural order of their identifiers ({@code p2} before
     * {@code p10}).
     */
    public static final Comparator<Member> COLLECTION_ORDER = Comparator
            .comparing(Member::csv, Comparator.nullsLast(NaturalOrder.INSTANCE))
            .thenComparing(Member::row, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::identifier, NaturalOrder.INSTANCE);

    /** True when {@code other} records the same publication of the same object, whenever it was published. */
    boolean saysTheSameAs(Member other) {
        return other != null && publishedAt(null).equals(other.publishedAt(null));
    }

    private Member publishedAt(String time) {
        return new Member(identifier, key, csv, row, run, time, pages, bytes, coverPage, description, cover);
    }

    /**
     * The object as the Collection and the index describe it, its ids under {@code layout}'s base URL; a cover
     * an image server serves keeps the id it was published with, which no base URL decides.
     */
    public PublishedObject toPublished(OutputLayout layout) {
        ImageService image = cover.isStatic() ? cover.withId(layout.url(layout.imageServiceKey(key, coverPage)))
                : cover;
        return new PublishedObject(identifier, layout.url(key), layout.url(layout.manifestKey(key)), description,
                List.of(new PublishedPage(coverPage, image)));
    }
}
