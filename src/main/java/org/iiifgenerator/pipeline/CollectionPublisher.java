package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;
import org.iiifgenerator.members.CollectionMembers;
import org.iiifgenerator.members.CollectionSettings;
import org.iiifgenerator.members.Member;
import org.iiifgenerator.report.ImageRecord;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.task.Job;

/**
 * Publishes what describes the whole collection, after every manifest of the run: the run's objects become
 * members of the collection under the output root (replacing their earlier versions, next to the objects other
 * runs published there), the Collection document, the search index ({@code index.jsonl}) and the summary are
 * rebuilt from all members, and a copy of the run's CSV is kept; the index and the copy each unless switched off
 * ({@code iiif.publish-index}, {@code iiif.publish-csv}), which removes what an earlier run published of them.
 */
public final class CollectionPublisher {

    public void publish(@Body List<ObjectOutcome> outcomes, @ExchangeProperty(Run.PROPERTY) Run run)
            throws IOException {
        if (run.job().csv() != null) {
            String csvKey = run.layout().csvKey(run.job().csv().name());
            if (run.job().publicCopies().csv()) {
                run.storage().put(csvKey, run.csv(), ContentTypes.of(csvKey));
            } else {
                run.storage().delete(csvKey);
            }
        }
        new CollectionMembers(run.storage(), run.records(), run.job().publicCopies().index())
                .publish(members(outcomes, run), settings(run.job()));
    }

    /** How the run writes the collection's documents. */
    static CollectionSettings settings(Job job) {
        return new CollectionSettings(job.collectionLabel(), job.baseUrl(), job.tiling().version(), job.language(),
                job.provider());
    }

    private static List<Member> members(List<ObjectOutcome> outcomes, Run run) {
        Map<String, Long> bytesByObject = run.report().images().stream()
                .filter(image -> !image.failed() && image.bytes() != null)
                .collect(Collectors.groupingBy(ImageRecord::object, Collectors.summingLong(ImageRecord::bytes)));
        String published = Instant.now().toString();
        String csv = run.job().csv() == null ? null : run.job().csv().name();
        return outcomes.stream().filter(ObjectOutcome::hasManifest).map(outcome -> {
            PublishedPage cover = outcome.pages().getFirst();
            return new Member(outcome.identifier(), outcome.key(), outcome.csvRow() == null ? null : csv,
                    outcome.csvRow(), run.job().runName(), published, outcome.pages().size(),
                    Objects.requireNonNullElse(bytesByObject.get(outcome.identifier()), 0L), cover.number(),
                    outcome.description(), cover.image());
        }).toList();
    }
}
