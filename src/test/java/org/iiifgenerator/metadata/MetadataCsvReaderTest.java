package org.iiifgenerator.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataCsvReaderTest {

    private final MetadataCsvReader reader = new MetadataCsvReader();

    @TempDir
    Path dir;

    @Nested
    class Headers {

        @Test
        void toleratesByteOrderMarkAndUpperCaseNames() throws IOException {
            MetadataTable table = readCsv("\uFEFFIDENTIFIER,TITLE,DESCRIPTION\r\nms-1,Book of Hours,Illuminated\r\n");

            assertRow(table, "ms-1",
                    new ObjectMetadata("ms-1", "Book of Hours", "Illuminated", null, null, null, List.of()));
            assertThat(table.warnings()).isEmpty();
        }

        @Test
        void readsFirstGenerationCapitalisedNames() throws IOException {
            MetadataTable table = readCsv("Identifier,Title,Description\nms-1,Psalter,Latin psalter\n");

            ObjectMetadata row = table.find("ms-1").orElseThrow();
            assertThat(row.label()).isEqualTo("Psalter");
            assertThat(row.summary()).isEqualTo("Latin psalter");
        }

        @Test
        void trimsNamesAndMapsRightsAndNavDate() throws IOException {
            MetadataTable table = readCsv(" identifier , Rights ,NAVDATE\nms-1,http://rightsstatements.org/vocab/NoC-US/1.0/,1450\n");

            ObjectMetadata row = table.find("ms-1").orElseThrow();
            assertThat(row.rights()).isEqualTo("http://rightsstatements.org/vocab/NoC-US/1.0/");
            assertThat(row.navDate()).isEqualTo("1450");
            assertThat(row.metadata()).isEmpty();
        }

        @Test
        void otherColumnsBecomeMetadataInHeaderOrderLabelledAsWritten() throws IOException {
            MetadataTable table = readCsv("Creator,identifier, Date Created ,title,Language\n"
                    + "Jane Doe,ms-1,,Herbal,Latin\n");

            assertThat(table.find("ms-1").orElseThrow().metadata()).containsExactly(
                    new MetadataEntry("Creator", "Jane Doe"),
                    new MetadataEntry("Language", "Latin"));
        }

        @Test
        void missingIdentifierColumnNamesTheFileAndListsTheHeaders() throws IOException {
            Path csv = write("metadata.csv", "id,Title,Description\nms-1,a,b\n");

            assertThatThrownBy(() -> reader.read(csv))
                    .isInstanceOf(MetadataException.class)
                    .hasMessageContaining("metadata.csv")
                    .hasMessageContaining("identifier")
                    .hasMessageContaining("\"id\", \"Title\", \"Description\"");
        }

        @Test
        void emptyFileHasNoHeader() throws IOException {
            Path csv = write("empty.csv", "");

            assertThatThrownBy(() -> reader.read(csv))
                    .isInstanceOf(MetadataException.class)
                    .hasMessageContaining("empty.csv")
                    .hasMessageContaining("no header");
        }

        @Test
        void repeatedPropertyColumnIsKeptAsMetadataWithAWarning() throws IOException {
            MetadataTable table = readCsv("identifier,title,Title\nms-1,First,Second\n");

            ObjectMetadata row = table.find("ms-1").orElseThrow();
            assertThat(row.label()).isEqualTo("First");
            assertThat(row.metadata()).containsExactly(new MetadataEntry("Title", "Second"));
            assertThat(table.warnings()).singleElement().asString()
                    .endsWith("line 1: column \"Title\" repeats column \"title\"; its values are kept as ordinary metadata");
        }

        @Test
        void valuesUnderAnUnnamedColumnAreReportedOnce() throws IOException {
            MetadataTable table = readCsv("identifier,,title\nms-1,stray,A\nms-2,stray,B\nms-3,,C\n");

            assertThat(table.identifiers()).containsExactly("ms-1", "ms-2", "ms-3");
            assertThat(table.find("ms-1").orElseThrow().metadata()).isEmpty();
            assertThat(table.warnings()).singleElement().asString()
                    .endsWith("line 2: column 2 has no header, so its values are ignored; give it a name to publish them");
        }
    }

    @Nested
    class RequiredStatement {

        @Test
        void readsAttribution() throws IOException {
            MetadataTable table = readCsv("identifier,Attribution\nms-1,Courtesy of the Library\n");

            assertThat(table.find("ms-1").orElseThrow().requiredStatement()).isEqualTo("Courtesy of the Library");
        }

        @Test
        void readsRequiredStatementInAnyCase() throws IOException {
            MetadataTable table = readCsv("identifier,REQUIREDSTATEMENT\nms-1,Courtesy of the Library\n");

            assertThat(table.find("ms-1").orElseThrow().requiredStatement()).isEqualTo("Courtesy of the Library");
        }

        @Test
        void whenBothArePresentTheFirstColumnWins() throws IOException {
            MetadataTable table = readCsv("identifier,requiredStatement,attribution\nms-1,From the first,From the second\n");

            ObjectMetadata row = table.find("ms-1").orElseThrow();
            assertThat(row.requiredStatement()).isEqualTo("From the first");
            assertThat(row.metadata()).containsExactly(new MetadataEntry("attribution", "From the second"));
            assertThat(table.warnings()).hasSize(1);
        }
    }

    @Nested
    class Rows {

        @Test
        void keepsFileOrderAndTreatsBlankCellsAsAbsent() throws IOException {
            MetadataTable table = readCsv("identifier,title,description\nms-2, ,\nms-1,One,\nms-10,Ten,Tenth\n");

            assertThat(table.identifiers()).containsExactly("ms-2", "ms-1", "ms-10");
            assertRow(table, "ms-2", ObjectMetadata.untitled("ms-2"));
        }

        @Test
        void trimsIdentifiersAndValuesButMatchesCaseSensitively() throws IOException {
            MetadataTable table = readCsv("identifier,title\n  ms-1  ,  Padded  \n");

            assertThat(table.find("ms-1").orElseThrow().label()).isEqualTo("Padded");
            assertThat(table.find(" ms-1 ")).isPresent();
            assertThat(table.find("MS-1")).isEmpty();
        }

        @Test
        void duplicateIdentifierKeepsTheFirstRowAndWarns() throws IOException {
            Path csv = write("metadata.csv", "identifier,title\nms-1,First\nms-2,Other\nms-1,Second\n");

            MetadataTable table = reader.read(csv);

            assertThat(table.find("ms-1").orElseThrow().label()).isEqualTo("First");
            assertThat(table.warnings()).containsExactly(
                    csv + " line 4: duplicate identifier \"ms-1\" (first seen on line 2); this row is ignored");
        }

        @Test
        void rowWithoutIdentifierIsSkippedWithAWarningButEmptyRowsSilently() throws IOException {
            MetadataTable table = readCsv("identifier,title\nms-1,One\n,Orphan title\n\n,,\nms-2,Two\n");

            assertThat(table.identifiers()).containsExactly("ms-1", "ms-2");
            assertThat(table.warnings()).singleElement().asString().endsWith("line 3: no identifier; this row is ignored");
        }

        @Test
        void shortRowsReadAsBlank() throws IOException {
            MetadataTable table = readCsv("identifier,title,description,Creator\nms-1,Only a title\nms-2\n");

            assertRow(table, "ms-1", new ObjectMetadata("ms-1", "Only a title", null, null, null, null, List.of()));
            assertRow(table, "ms-2", ObjectMetadata.untitled("ms-2"));
            assertThat(table.warnings()).isEmpty();
        }

        @Test
        void longRowsWarnAndIgnoreTheExtraCells() throws IOException {
            MetadataTable table = readCsv("identifier,title\nms-1,Title,surplus,more\nms-2,Trailing commas,,\n");

            assertRow(table, "ms-1", new ObjectMetadata("ms-1", "Title", null, null, null, null, List.of()));
            assertThat(table.find("ms-2")).isPresent();
            assertThat(table.warnings()).singleElement().asString()
                    .endsWith("line 2: 4 cells but the header names 2 columns; the extra cells are ignored");
        }

        @Test
        void quotedValuesKeepCommasNewlinesAndQuotes() throws IOException {
            MetadataTable table = readCsv("identifier,title,description\n"
                    + "ms-1,\"Smith, John\",\"Line one\nLine two, with \"\"quotes\"\"\"\n"
                    + "ms-1,duplicate,on line 4\n");

            ObjectMetadata row = table.find("ms-1").orElseThrow();
            assertThat(row.label()).isEqualTo("Smith, John");
            assertThat(row.summary()).isEqualTo("Line one\nLine two, with \"quotes\"");
            // The multi-line record must not throw off the line numbers of later rows.
            assertThat(table.warnings()).singleElement().asString().contains("line 4: duplicate identifier");
        }

        @Test
        void unbalancedQuotesNameTheFileAndLine() throws IOException {
            Path csv = write("metadata.csv", "identifier,title\nms-1,ok\nms-2,\"broken\"tail\n");

            assertThatThrownBy(() -> reader.read(csv))
                    .isInstanceOf(MetadataException.class)
                    .hasMessageContaining("metadata.csv line 3")
                    .hasMessageContaining("quot");
        }
    }

    @Nested
    class Encoding {

        @Test
        void latin1BytesAreRejectedWithAdviceToSaveAsUtf8() throws IOException {
            byte[] latin1 = "identifier,title\nms-1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
            Path csv = dir.resolve("latin1.csv");
            Files.write(csv, latin1);

            assertThatThrownBy(() -> reader.read(csv))
                    .isInstanceOf(MetadataException.class)
                    .hasMessageContaining("latin1.csv line 2")
                    .hasMessageContaining("0xE9")
                    .hasMessageContaining("Save the file as UTF-8");
        }

        @Test
        void decomposedIdentifierIsFoundByItsComposedForm() throws IOException {
            String decomposed = "Cafe\u0301-1";
            String composed = "Caf\u00e9-1";
            MetadataTable table = readCsv("identifier,title\n" + decomposed + ",Menu\n");

            assertThat(table.find(composed).orElseThrow().label()).isEqualTo("Menu");
            assertThat(table.find(decomposed)).isPresent();
            assertThat(table.identifiers()).containsExactly(composed);
        }

        @Test
        void keepsNonAsciiValues() throws IOException {
            MetadataTable table = readCsv("identifier,title\nms-1,\u00c9tude \u4e66\n");

            assertThat(table.find("ms-1").orElseThrow().label()).isEqualTo("\u00c9tude \u4e66");
        }
    }

    @Nested
    class Sources {

        @Test
        void missingFileIsReportedWithItsPath() {
            Path csv = dir.resolve("nowhere.csv");

            assertThatThrownBy(() -> reader.read(csv))
                    .isInstanceOf(MetadataException.class)
                    .hasMessageContaining(csv.toString())
                    .hasMessageContaining("not found");
        }

        @Test
        void streamsUseTheGivenSourceNameInMessages() {
            byte[] csv = "identifier,title\nms-1,One\nms-1,Again\n".getBytes(StandardCharsets.UTF_8);

            MetadataTable table = reader.read(new ByteArrayInputStream(csv), "upload.csv");

            assertThat(table.warnings()).singleElement().asString().startsWith("upload.csv line 3: ");
        }

        @Test
        void emptyTableHasNothing() {
            assertThat(MetadataTable.empty().identifiers()).isEmpty();
            assertThat(MetadataTable.empty().warnings()).isEmpty();
            assertThat(MetadataTable.empty().find("ms-1")).isEmpty();
        }
    }

    @Nested
    class StructureAndLinks {

        @Test
        void viewingAndLinkColumnsAreReadAsWrittenWithWhereTheRowIs() throws IOException {
            Path csv = write("metadata.csv", "identifier,behavior,viewingDirection,homepage,seeAlso,rendering\n"
                    + "ms-1,paged,right-to-left,https://x.org/ms-1,https://x.org/ms-1.xml,https://x.org/ms-1.pdf\n");

            ObjectMetadata row = reader.read(csv).find("ms-1").orElseThrow();

            assertThat(row).usingRecursiveComparison().isEqualTo(new ObjectMetadata("ms-1", null, null, null, null,
                    null, "paged", "right-to-left", "https://x.org/ms-1", "https://x.org/ms-1.xml",
                    "https://x.org/ms-1.pdf", List.of(), List.of(), csv + " line 2"));
        }

        @Test
        void rowsWithAPageCellBelongToTheirObjectWhereverTheyAreAndAreNoDuplicates() throws IOException {
            Path csv = write("metadata.csv", "identifier,page,title\n"
                    + "ms-1,1-2,Chapter 1\nms-1,,Letters\nms-1,1,Envelope\nms-2,p1.png,Cover\n");

            MetadataTable table = reader.read(csv);

            assertThat(table.warnings()).isEmpty();
            assertThat(table.identifiers()).containsExactly("ms-1", "ms-2");
            ObjectMetadata letters = table.find("ms-1").orElseThrow();
            assertThat(letters.label()).isEqualTo("Letters");
            assertThat(letters.metadata()).isEmpty();
            assertThat(letters.pages()).containsExactly(
                    new ObjectMetadata.PageRow("1-2", "Chapter 1", csv + " line 2"),
                    new ObjectMetadata.PageRow("1", "Envelope", csv + " line 4"));
            ObjectMetadata pagesOnly = table.find("ms-2").orElseThrow();
            assertThat(pagesOnly.label()).as("no object row: untitled").isNull();
            assertThat(pagesOnly.pages()).containsExactly(new ObjectMetadata.PageRow("p1.png", "Cover", csv + " line 5"));
        }

        @Test
        void otherCellsOfAPageRowAreIgnoredWithAWarning() throws IOException {
            Path csv = write("metadata.csv", "identifier,page,title,description,Creator\n"
                    + "ms-1,,Letters,About,Jane\nms-1,2,Sheet two,A sheet,Jane\n");

            MetadataTable table = reader.read(csv);

            assertThat(table.find("ms-1").orElseThrow().summary()).isEqualTo("About");
            assertThat(table.warnings()).containsExactly(csv + " line 3: a page row (its page cell is set) uses only "
                    + "identifier, page and title; its cells in description, Creator are ignored");
        }
    }

    /** The row as read, but for where it is in the file ({@code origin}, which warnings name). */
    private static void assertRow(MetadataTable table, String identifier, ObjectMetadata expected) {
        assertThat(table.find(identifier)).get().usingRecursiveComparison().ignoringFields("origin")
                .isEqualTo(expected);
    }

    private MetadataTable readCsv(String content) throws IOException {
        return reader.read(write("metadata.csv", content));
    }

    private Path write(String fileName, String content) throws IOException {
        return Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
    }
}
