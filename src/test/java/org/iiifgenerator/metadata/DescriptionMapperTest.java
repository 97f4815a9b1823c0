package org.iiifgenerator.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.Description.LabelledValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptionMapperTest {

    private static final MetadataEntry CREATOR = new MetadataEntry("Creator", "Jane Doe");

    private final List<String> warnings = new ArrayList<>();

    @Test
    void copiesTheDescriptiveColumnsAndMetadataInOrder() {
        ObjectMetadata row = new ObjectMetadata("ms-1", "Herbal", "Illustrated herbal", null, "Courtesy of VT", null,
                List.of(CREATOR, new MetadataEntry("Language", "Latin")));

        Description description = DescriptionMapper.describe(row, warnings::add);

        assertThat(description).isEqualTo(new Description("Herbal", "Illustrated herbal", null, "Courtesy of VT",
                null, List.of(new LabelledValue("Creator", "Jane Doe"), new LabelledValue("Language", "Latin"))));
        assertThat(warnings).isEmpty();
    }

    @Nested
    class Rights {

        @ParameterizedTest
        @CsvSource({
                "https://creativecommons.org/licenses/by/4.0/, http://creativecommons.org/licenses/by/4.0/",
                "http://creativecommons.org/licenses/by-nc-sa/3.0/us/, http://creativecommons.org/licenses/by-nc-sa/3.0/us/",
                "https://creativecommons.org/publicdomain/zero/1.0/, http://creativecommons.org/publicdomain/zero/1.0/",
                "https://rightsstatements.org/vocab/InC/1.0/, http://rightsstatements.org/vocab/InC/1.0/",
                "'  http://rightsstatements.org/vocab/NoC-US/1.0/ ', http://rightsstatements.org/vocab/NoC-US/1.0/"})
        void creativeCommonsAndRightsStatementsUrisBecomeRightsInTheirHttpForm(String value, String rights) {
            Description description = describeRights(value);

            assertThat(description.rights()).isEqualTo(rights);
            assertThat(description.metadata()).containsExactly(new LabelledValue("Creator", "Jane Doe"));
            assertThat(warnings).isEmpty();
        }

        @Test
        void aCapitalisedSchemeOrHostStillGivesTheExactUriTheSchemaRequires() {
            assertThat(describeRights("HTTPS://CreativeCommons.org/licenses/by/4.0/").rights())
                    .isEqualTo("http://creativecommons.org/licenses/by/4.0/");
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://example.org/x", "All rights reserved",
                "https://rightsstatements.org/page/InC/1.0/", "https://creativecommons.org/about/",
                "ftp://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"})
        void anythingElseIsKeptAsARightsMetadataEntryWithOneWarning(String value) {
            Description description = describeRights(value);

            assertThat(description.rights()).isNull();
            assertThat(description.metadata())
                    .containsExactly(new LabelledValue("Creator", "Jane Doe"), new LabelledValue("Rights", value));
            assertThat(warnings).singleElement().asString().contains("ms-1", value);
        }

        private Description describeRights(String rights) {
            return DescriptionMapper.describe(
                    new ObjectMetadata("ms-1", "Herbal", null, rights, null, null, List.of(CREATOR)), warnings::add);
        }
    }

    @Nested
    class NavDate {

        @ParameterizedTest
        @CsvSource({
                "1923, 1923-01-01T00:00:00Z",
                "1923-07, 1923-07-01T00:00:00Z",
                "1923-07-14, 1923-07-14T00:00:00Z",
                "' 1923-07-14 ', 1923-07-14T00:00:00Z",
                "1923-07-14T10:30:00Z, 1923-07-14T10:30:00Z",
                "1923-07-14T10:30:00+02:00, 1923-07-14T08:30:00Z",
                "2020-01-01T01:00:00+05:00, 2019-12-31T20:00:00Z",
                "1923-07-14T10:30:15.250-04:00, 1923-07-14T14:30:15Z"})
        void datesBecomeAnXsdDateTimeInUtc(String value, String navDate) {
            Description description = describeNavDate(value);

            assertThat(description.navDate()).isEqualTo(navDate);
            assertThat(description.metadata()).containsExactly(new LabelledValue("Creator", "Jane Doe"));
            assertThat(warnings).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"circa 1900", "spring 1923", "1923-13", "1923-02-30", "14/07/1923", "923",
                "1923-07-14 10:30"})
        void anythingElseIsKeptAsANavDateMetadataEntryWithOneWarning(String value) {
            Description description = describeNavDate(value);

            assertThat(description.navDate()).isNull();
            assertThat(description.metadata())
                    .containsExactly(new LabelledValue("Creator", "Jane Doe"), new LabelledValue("navDate", value));
            assertThat(warnings).singleElement().asString().contains("ms-1", value);
        }

        private Description describeNavDate(String navDate) {
            return DescriptionMapper.describe(
                    new ObjectMetadata("ms-1", "Herbal", null, null, null, navDate, List.of(CREATOR)), warnings::add);
        }
    }

    @Test
    void unusableRightsAndNavDateGiveOneWarningEach() {
        ObjectMetadata row = new ObjectMetadata("ms-1", null, null, "All rights reserved", null, "undated", List.of());

        Description description = DescriptionMapper.describe(row, warnings::add);

        assertThat(description.metadata()).containsExactly(new LabelledValue("Rights", "All rights reserved"),
                new LabelledValue("navDate", "undated"));
        assertThat(warnings).hasSize(2);
    }
}
