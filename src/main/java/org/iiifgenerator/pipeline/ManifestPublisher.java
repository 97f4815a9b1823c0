package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.collection.SourcePage;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;
import org.iiifgenerator.metadata.DescriptionMapper;
import org.iiifgenerator.metadata.ObjectPages;
import org.iiifgenerator.report.ObjectRecord;
import org.iiifgenerator.storage.ContentTypes;

/**
 * Writes an object's manifest once its pages are published. Pages that failed for good (a corrupt image) are left
 * out (the report says which); an object none of whose pages could be published gets no manifest. Nor does one
 * with a page that failed because the storage did not answer: the run is worth another try (exit code 3, a task
 * left pending), which publishes the manifest whole, and until then no manifest is public short of that page (an
 * earlier, whole one stays). Nor does an object some of whose pages were not started because the process is
 * stopping: a rerun finishes it. A shard's part of an object gets none either: its pages go into the shard's
 * record, and the manifest is written when the parts are merged.
 */
public final class ManifestPublisher {

    public ObjectOutcome publish(@Variable("object") ObjectPlan object, @Body List<PageResult> results,
                                 @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        if (results.stream().anyMatch(PageResult.NotStarted.class::isInstance)) {
            return interrupted(object, results, run);
        }
        Description description = DescriptionMapper.describe(object.metadata(), object.whole() ? pagesOf(object)
                : null, run.report()::warn);
        List<PublishedPage> pages = results.stream()
                .filter(PageResult.Published.class::isInstance)
                .map(PageResult.Published.class::cast)
                .sorted(Comparator.comparingInt(r -> r.page().number()))
                .map(r -> new PublishedPage(r.page().number(), r.service(), label(description, r.page())))
                .toList();
        long unavailable = results.stream()
                .filter(result -> result instanceof PageResult.Failed failed && failed.storageUnavailable()).count();
        if (object.whole() && unavailable > 0) {
            return waitForAnotherTry(object, description, results.size() - pages.size(), unavailable, run);
        }
        ObjectOutcome outcome = ObjectOutcome.of(object, description, pages);
        return object.whole() ? publishWhole(outcome, run) : outcome;
    }

    /** The object is recorded as failed, without a manifest, and left out of the collection until a later try. */
    private static ObjectOutcome waitForAnotherTry(ObjectPlan object, Description description, int failed,
                                                   long unavailable, Run run) {
        run.report().object(new ObjectRecord(object.identifier(), description.label(), ObjectRecord.Status.failed,
                object.pages().size(), failed, null, unavailable + " of its pages could not be published as the "
                + "storage did not answer; its manifest waits for another try, so as not to be published without them"));
        return ObjectOutcome.failed(object);
    }

    /**
     * Publishes the manifest of a whole object and records the object in the report.
     *
     * @return the outcome, without pages (failed) when none of them was published
     */
    public ObjectOutcome publishWhole(@Body ObjectOutcome object, @ExchangeProperty(Run.PROPERTY) Run run)
            throws IOException {
        int failed = object.pageCount() - object.pages().size();
        if (object.pages().isEmpty()) {
            run.report().object(new ObjectRecord(object.identifier(), label(object), ObjectRecord.Status.failed,
                    object.pageCount(), failed, null, null));
            return new ObjectOutcome(object.position(), object.csvRow(), object.identifier(), object.key(), true, object.pageCount(),
                    null, List.of());
        }
        PublishedObject published = object.toPublished(run.layout());
        run.storage().put(run.layout().manifestKey(object.key()),
                run.presentation().manifest(published, run.collection()), ContentTypes.JSON);
        run.report().object(new ObjectRecord(object.identifier(), published.displayLabel(),
                failed == 0 ? ObjectRecord.Status.published : ObjectRecord.Status.incomplete,
                object.pageCount(), failed, published.manifestUrl(), null));
        return object;
    }

    /** Recorded with what was done of it; the next run publishes its manifest. */
    private static ObjectOutcome interrupted(ObjectPlan object, List<PageResult> results, Run run) {
        int failed = (int) results.stream().filter(PageResult.Failed.class::isInstance).count();
        run.report().object(new ObjectRecord(object.identifier(), object.metadata().label(),
                ObjectRecord.Status.interrupted, object.pages().size(), failed, null, null));
        return ObjectOutcome.of(object, null, List.of());
    }

    /** The pages of a whole object, which its CSV page rows may name. */
    private static ObjectPages pagesOf(ObjectPlan object) {
        return new ObjectPages(object.pages().size(), object.pages().stream()
                .filter(page -> page.pageInFile() == 0).map(ManifestPublisher::fileName).collect(Collectors.toSet()));
    }

    private static String fileName(SourcePage page) {
        return page.fileKey().substring(page.fileKey().lastIndexOf('/') + 1);
    }

    /** The CSV's label for the page, by its number or (the first page of a file) the file's name; null if none. */
    private static String label(Description description, SourcePage page) {
        return description.pageLabel(page.number(), page.pageInFile() == 0 ? fileName(page) : null);
    }

    private static String label(ObjectOutcome object) {
        return object.description() == null ? null : object.description().label();
    }
}
