package org.iiifgenerator.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.Description.LabelledValue;
import org.iiifgenerator.iiif.presentation.Description.Link;
import org.iiifgenerator.iiif.presentation.Description.PageLabel;
import org.iiifgenerator.iiif.presentation.Description.Range;
import org.iiifgenerator.metadata.ObjectMetadata.PageRow;
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

    @Nested
    class ViewingColumns {

        @ParameterizedTest
        @CsvSource({"paged, paged", "Individuals, individuals", "' CONTINUOUS ', continuous"})
        void behaviorIsOneOfTheThreeThatBothVersionsHave(String value, String behavior) {
            assertThat(describe(viewing(value, null)).behavior()).isEqualTo(behavior);
            assertThat(warnings).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"left-to-right", "right-to-left", "top-to-bottom", "bottom-to-top"})
        void viewingDirectionIsOneOfTheFourDirections(String value) {
            assertThat(describe(viewing(null, value)).viewingDirection()).isEqualTo(value);
            assertThat(warnings).isEmpty();
        }

        @Test
        void anotherBehaviorIsLeftOutWithAWarningNamingFileLineColumnAndTheAllowedValues() {
            Description description = describe(viewing("book", null));

            assertThat(description.behavior()).isNull();
            assertThat(warnings).containsExactly("metadata.csv line 7, column behavior: 'book' is not one of paged, "
                    + "individuals, continuous; object 'ms-1' is published without it");
        }

        @Test
        void anotherViewingDirectionIsLeftOutWithAWarning() {
            Description description = describe(viewing("paged", "rtl"));

            assertThat(description.viewingDirection()).isNull();
            assertThat(description.behavior()).isEqualTo("paged");
            assertThat(warnings).containsExactly("metadata.csv line 7, column viewingDirection: 'rtl' is not one of "
                    + "left-to-right, right-to-left, top-to-bottom, bottom-to-top; object 'ms-1' is published without it");
        }

        private ObjectMetadata viewing(String behavior, String viewingDirection) {
            return new ObjectMetadata("ms-1", "Herbal", null, null, null, null, behavior, viewingDirection, null, null,
                    null, List.of(), List.of(), "metadata.csv line 7");
        }
    }

    @Nested
    class LinkColumns {

        @Test
        void homepageSeeAlsoAndRenderingAreUrlsWithTheFormatTheirFileNameTells() {
            Description description = describe(links("https://lib.example.org/ms-1",
                    "https://lib.example.org/ms-1.xml", "https://lib.example.org/ms-1.pdf https://lib.example.org/ms-1.tif"));

            assertThat(description.homepage()).containsExactly(new Link("https://lib.example.org/ms-1", null));
            assertThat(description.seeAlso())
                    .containsExactly(new Link("https://lib.example.org/ms-1.xml", "application/xml"));
            assertThat(description.rendering()).containsExactly(
                    new Link("https://lib.example.org/ms-1.pdf", "application/pdf"),
                    new Link("https://lib.example.org/ms-1.tif", "image/tiff"));
            assertThat(warnings).isEmpty();
        }

        @Test
        void aValueThatIsNotAnHttpUrlIsLeftOutWithAWarning() {
            Description description = describe(links("www.example.org", null, "ms-1.pdf https://x.example.org/a.pdf"));

            assertThat(description.homepage()).isEmpty();
            assertThat(description.rendering()).containsExactly(new Link("https://x.example.org/a.pdf", "application/pdf"));
            assertThat(warnings).containsExactly(
                    "metadata.csv line 7, column homepage: 'www.example.org' is not an http:// or https:// URL "
                            + "(several URLs are separated by spaces); object 'ms-1' is published without it",
                    "metadata.csv line 7, column rendering: 'ms-1.pdf' is not an http:// or https:// URL "
                            + "(several URLs are separated by spaces); object 'ms-1' is published without it");
        }

        private ObjectMetadata links(String homepage, String seeAlso, String rendering) {
            return new ObjectMetadata("ms-1", "Herbal", null, null, null, null, null, null, homepage, seeAlso,
                    rendering, List.of(), List.of(), "metadata.csv line 7");
        }
    }

    @Nested
    class PageRows {

        @Test
        void aRowNamingOnePageByNumberOrFileGivesItsCanvasLabel() {
            Description description = describe(pages(new PageRow("1", "Front cover", "m.csv line 3"),
                    new PageRow("p10.png", "Back cover", "m.csv line 4")));

            assertThat(description.pageLabel(1, "p1.png")).isEqualTo("Front cover");
            assertThat(description.pageLabel(3, "p10.png")).isEqualTo("Back cover");
            assertThat(description.pageLabel(2, "p2.png")).as("no row: the writer's p. N").isNull();
            assertThat(warnings).isEmpty();
        }

        @Test
        void spansOfPagesAreSectionsNestedByThePagesTheyHoldInWhateverOrderListed() {
            Description description = describe(pages(new PageRow("5-6", "Chapter 2", "m.csv line 5"),
                    new PageRow("1-6", "Letters", "m.csv line 2"), new PageRow("1-4", "Chapter 1", "m.csv line 3"),
                    new PageRow("2 - 3", "Section 1.1", "m.csv line 4"), new PageRow("7-8", "Envelope", "m.csv line 6")));

            assertThat(description.ranges()).containsExactly(
                    new Range("Letters", 1, 6, List.of(
                            new Range("Chapter 1", 1, 4, List.of(new Range("Section 1.1", 2, 3, List.of()))),
                            new Range("Chapter 2", 5, 6, List.of()))),
                    new Range("Envelope", 7, 8, List.of()));
            assertThat(warnings).isEmpty();
        }

        @Test
        void aBackwardSpanOrARowWithoutTitleIsLeftOutWithAWarning() {
            Description description = describe(pages(new PageRow("4-2", "Backwards", "m.csv line 3"),
                    new PageRow("2", null, "m.csv line 4")));

            assertThat(description.ranges()).isEmpty();
            assertThat(description.pageLabels()).isEmpty();
            assertThat(warnings).containsExactly(
                    "m.csv line 3, column page: '4-2' is not a span of pages (first-last, from page 1, first not "
                            + "after last); section 'Backwards' of object 'ms-1' is left out",
                    "m.csv line 4: page row '2' of object 'ms-1' has no title (the canvas label, or the section of a "
                            + "span of pages); it is ignored");
        }

        @Test
        void rowsNamingPagesTheObjectDoesNotHaveAreLeftOutWithAWarningWhenItsPagesAreKnown() {
            ObjectMetadata row = pages(new PageRow("4", "Fourth", "m.csv line 3"),
                    new PageRow("p9.png", "Ninth", "m.csv line 4"), new PageRow("2-4", "Too long", "m.csv line 5"),
                    new PageRow("p1.png", "Cover", "m.csv line 6"), new PageRow("2-3", "Inside", "m.csv line 7"));

            Description description = DescriptionMapper.describe(row, new ObjectPages(3, Set.of("p1.png", "p2.png",
                    "p3.png")), warnings::add);

            assertThat(description.pageLabels()).containsExactly(new PageLabel(null, "p1.png", "Cover"));
            assertThat(description.ranges()).containsExactly(new Range("Inside", 2, 3, List.of()));
            assertThat(warnings).containsExactly(
                    "m.csv line 3, column page: object 'ms-1' has no page '4' (it has 3 pages, numbered from 1, and a "
                            + "page may be named by its file's name); 'Fourth' is not shown",
                    "m.csv line 4, column page: object 'ms-1' has no page 'p9.png' (it has 3 pages, numbered from 1, "
                            + "and a page may be named by its file's name); 'Ninth' is not shown",
                    "m.csv line 5, column page: object 'ms-1' has no page '2-4' (it has 3 pages, numbered from 1, and "
                            + "a page may be named by its file's name); 'Too long' is not shown");
        }

        private ObjectMetadata pages(PageRow... rows) {
            return new ObjectMetadata("ms-1", "Letters", null, null, null, null, null, null, null, null, null,
                    List.of(), List.of(rows), "m.csv line 2");
        }
    }

    private Description describe(ObjectMetadata row) {
        return DescriptionMapper.describe(row, warnings::add);
    }
}
