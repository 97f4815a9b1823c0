package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;
import org.iiifgenerator.metadata.DescriptionMapper;
import org.iiifgenerator.report.ObjectRecord;
import org.iiifgenerator.storage.ContentTypes;

/**
 * Writes an object's manifest once its pages are published. Pages that failed are left out (the report says
 * which); an object none of whose pages could be published gets no manifest.
 */
public final class ManifestPublisher {

    public ObjectOutcome publish(@Variable("object") ObjectPlan object, @Body List<PageResult> results,
                                   @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        List<PublishedPage> pages = results.stream()
                .filter(PageResult.Published.class::isInstance)
                .map(PageResult.Published.class::cast)
                .sorted(Comparator.comparingInt(r -> r.page().number()))
                .map(r -> new PublishedPage(r.page().number(), r.service()))
                .toList();
        int failed = object.pages().size() - pages.size();
        if (pages.isEmpty()) {
            run.report().object(new ObjectRecord(object.identifier(), object.metadata().label(),
                    ObjectRecord.Status.failed, object.pages().size(), failed, null, null));
            return ObjectOutcome.failed(object);
        }
        Description description = DescriptionMapper.describe(object.metadata(), run.report()::warn);
        String manifestKey = run.layout().manifestKey(object.key());
        PublishedObject published = new PublishedObject(object.identifier(), run.layout().url(object.key()),
                run.layout().url(manifestKey), description, pages);
        run.storage().put(manifestKey, run.presentation().manifest(published, run.collection()), ContentTypes.JSON);
        run.report().object(new ObjectRecord(object.identifier(), published.displayLabel(),
                failed == 0 ? ObjectRecord.Status.published : ObjectRecord.Status.incomplete,
                object.pages().size(), failed, published.manifestUrl(), null));
        return ObjectOutcome.published(object, published);
    }
}
