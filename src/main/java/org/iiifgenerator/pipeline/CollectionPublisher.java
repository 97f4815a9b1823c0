package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.iiif.IiifJson;
import org.iiifgenerator.iiif.presentation.CollectionDocument;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.ContentTypes;

/**
 * Publishes what describes the whole collection, after every manifest it lists: the Collection document,
 * the search index ({@code index.jsonl}) and a copy of the source CSV.
 */
public final class CollectionPublisher {


    public void publish(@Body List<ObjectOutcome> outcomes, @ExchangeProperty(Run.PROPERTY) Run run)
            throws IOException {
        List<PublishedObject> objects = inCollectionOrder(outcomes, run);
        run.storage().put(OutputLayout.COLLECTION_KEY,
                run.presentation().collection(new CollectionDocument(run.collection(), objects)), ContentTypes.JSON);
        run.storage().put(OutputLayout.INDEX_KEY, indexLines(objects), ContentTypes.of(OutputLayout.INDEX_KEY));
        if (run.job().csv() != null) {
            String csvKey = run.layout().csvKey(run.job().csv().name());
            run.storage().put(csvKey, run.csv(), ContentTypes.of(csvKey));
        }
    }

    /** Objects finish in any order; the collection lists the published ones in source order. */
    private static List<PublishedObject> inCollectionOrder(List<ObjectOutcome> outcomes, Run run) {
        return outcomes.stream()
                .filter(ObjectOutcome::hasManifest)
                .sorted(Comparator.comparingInt(ObjectOutcome::position))
                .map(outcome -> outcome.toPublished(run.layout()))
                .toList();
    }

    private static byte[] indexLines(List<PublishedObject> objects) {
        StringBuilder lines = new StringBuilder();
        for (PublishedObject object : objects) {
            lines.append(IiifJson.line(IndexRecord.of(object))).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
