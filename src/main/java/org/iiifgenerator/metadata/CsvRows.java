package org.iiifgenerator.metadata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into rows, header included.
 *
 * <p>The header is deliberately not handed to Commons CSV: its header map is case-sensitive, rejects duplicate
 * names and throws on short rows, while this reader wants case-insensitive names and tolerant ragged rows.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvRows() {
    }

    static List<CsvRow> parse(String text, String sourceName) {
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            return readAll(parser, sourceName);
        } catch (IOException e) {
            // Opening or closing a parser over a string does no I/O; malformed records are reported by readAll.
            throw new UncheckedIOException(e);
        }
    }

    private static List<CsvRow> readAll(CSVParser parser, String sourceName) {
        List<CsvRow> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // Lines consumed so far; the next record starts on the line after them.
            long line = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    return rows;
                }
                rows.add(new CsvRow(line, records.next().toList()));
            } catch (UncheckedIOException e) {
                throw new MetadataException(Warnings.located(sourceName, line,
                        "cannot be parsed as CSV (" + e.getCause().getMessage() + "). Check the quotation marks from this line on: "
                                + "a quoted value must end with a quote, and a quote inside it is written twice (\"\")."), e);
            }
        }
    }
}
