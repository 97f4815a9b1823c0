package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.presentation.PublishedObject;
import org.iiifgenerator.testsupport.SampleObjects;
import org.junit.jupiter.api.Test;

/**
 * A part of an object tiled by one shard reaches the merge that writes its manifest through the shard's record:
 * its canvas labels and the CSV's structure and links must survive the trip.
 */
class StructuredPartTest {

    @Test
    void pageLabelsStructureAndLinksReadBackFromAShardRecordAsWritten() throws IOException {
        PublishedObject letter = SampleObjects.structuredObject(IiifVersion.V3);
        ObjectOutcome part = new ObjectOutcome(0, null, "letter", "letter", false, 6, letter.description(),
                letter.pages());
        ShareRecord record = new ShareRecord("shard 1 of 2", 0, 2, "plan-a", List.of(part), null);

        ShareRecord read = ShareRecord.fromJson(record.toJson());

        assertThat(read).isEqualTo(record);
        assertThat(read.objects().getFirst().pages()).extracting(page -> page.label())
                .containsExactly("Cover", "p. 2", "p. 3", "p. 4", "p. 5", "Envelope front");
    }
}
