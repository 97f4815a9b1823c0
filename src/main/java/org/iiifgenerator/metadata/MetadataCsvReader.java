package org.iiifgenerator.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the descriptive-metadata CSV: one row per object, keyed by an {@code identifier} column.
 *
 * <p>Problems that make the whole file unusable throw {@link MetadataException}; problems with single rows become
 * {@link MetadataTable#warnings() warnings} so one bad row does not stop a large batch.
 */
public final class MetadataCsvReader {

    /** Throws MetadataException when the file cannot be read, is not UTF-8, has no header or no identifier column. */
    public MetadataTable read(Path csv) {
        String sourceName = csv.toString();
        try {
            return parse(Files.readAllBytes(csv), sourceName);
        } catch (IOException e) {
            throw cannotRead(sourceName, e);
        }
    }

    /** As {@link #read(Path)}; {@code sourceName} names the data in messages. The stream is not closed. */
    public MetadataTable read(InputStream in, String sourceName) {
        try {
            return parse(in.readAllBytes(), sourceName);
        } catch (IOException e) {
            throw cannotRead(sourceName, e);
        }
    }

    private static MetadataTable parse(byte[] bytes, String sourceName) {
        List<CsvRow> rows = CsvRows.parse(Utf8Text.decode(bytes, sourceName), sourceName);
        if (rows.isEmpty() || rows.getFirst().isBlank()) {
            throw new MetadataException(sourceName + " has no header row. Its first line must name the columns, "
                    + "for example: identifier,title,description");
        }
        Warnings warnings = new Warnings(sourceName);
        RowCollector collector = new RowCollector(ColumnLayout.fromHeader(rows.getFirst(), sourceName, warnings), warnings);
        rows.subList(1, rows.size()).forEach(collector::add);
        return collector.toTable();
    }

    private static MetadataException cannotRead(String sourceName, IOException e) {
        String reason = switch (e) {
            case NoSuchFileException _ -> "file not found";
            case AccessDeniedException _ -> "permission denied";
            default -> e.getMessage();
        };
        return new MetadataException("Cannot read metadata file " + sourceName + " (" + reason
                + "). Check the path and that the file is readable.", e);
    }
}
