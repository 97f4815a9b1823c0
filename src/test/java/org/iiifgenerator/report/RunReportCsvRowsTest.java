package org.iiifgenerator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV rows without images of a collection tiled in shards: each shard finds the same rows, listed once. */
class RunReportCsvRowsTest {

    @Test
    void theRowsEveryShardFoundAreListedOnceAfterTheMerge() {
        RunReport merged = new RunReport("box", Map.of());
        for (int shard = 0; shard < 3; shard++) {
            RunReport part = new RunReport("box", Map.of());
            part.csvRowsWithoutImages(List.of("Folder_B", "Folder_C"));
            merged.absorb(part.document());
        }

        assertThat(merged.document().csvRowsWithoutImages()).containsExactly("Folder_B", "Folder_C");
        assertThat(merged.document().warnings()).isEmpty();
        assertThat(merged.document().status()).isEqualTo("succeeded");
    }

    @Test
    void aShardRecordWrittenBeforeTheFieldExistedIsTakenIn() {
        RunReport merged = new RunReport("box", Map.of());
        RunReport.Document old = new RunReport("box", Map.of()).document();
        merged.absorb(new RunReport.Document(old.collection(), old.status(), old.started(), old.finished(),
                old.milliseconds(), old.settings(), old.totals(), old.objects(), old.images(), old.leftOut(),
                old.warnings(), null, old.errors()));

        assertThat(merged.document().csvRowsWithoutImages()).isEmpty();
    }
}
