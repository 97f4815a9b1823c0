package org.iiifgenerator.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectMetadataTest {

    @Test
    void untitledHasOnlyTheIdentifier() {
        assertThat(ObjectMetadata.untitled("ms-1"))
                .isEqualTo(new ObjectMetadata("ms-1", null, null, null, null, null, List.of()));
    }

    @Test
    void blankPropertiesBecomeNullAndMetadataIsCopied() {
        List<MetadataEntry> entries = new ArrayList<>(List.of(new MetadataEntry("Creator", "Jane")));
        ObjectMetadata metadata = new ObjectMetadata("ms-1", " ", "", "\t", null, "  ", entries);
        entries.clear();

        assertThat(metadata.label()).isNull();
        assertThat(metadata.summary()).isNull();
        assertThat(metadata.rights()).isNull();
        assertThat(metadata.navDate()).isNull();
        assertThat(metadata.metadata()).containsExactly(new MetadataEntry("Creator", "Jane"));
    }
}
