package org.iiifgenerator.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What each column of a particular file means, worked out once from its header row. */
final class ColumnLayout {

    private record MetadataColumn(int index, String label) {
    }

    private static final Set<DescriptiveField> PAGE_ROW_FIELDS =
            EnumSet.of(DescriptiveField.IDENTIFIER, DescriptiveField.PAGE, DescriptiveField.LABEL);

    private final Map<DescriptiveField, Integer> fieldColumns;
    private final List<MetadataColumn> metadataColumns;
    private final List<Integer> unnamedColumns;
    private final int width;

    private ColumnLayout(Map<DescriptiveField, Integer> fieldColumns, List<MetadataColumn> metadataColumns,
                         List<Integer> unnamedColumns, int width) {
        this.fieldColumns = fieldColumns;
        this.metadataColumns = metadataColumns;
        this.unnamedColumns = unnamedColumns;
        this.width = width;
    }

    /**
     * Throws when there is no identifier column, since without it no row can be matched to an object. A repeated
     * property column (say both {@code attribution} and {@code requiredStatement}) is kept as ordinary metadata so
     * its values are still published rather than silently dropped.
     */
    static ColumnLayout fromHeader(CsvRow header, String sourceName, Warnings warnings) {
        Map<DescriptiveField, Integer> fieldColumns = new EnumMap<>(DescriptiveField.class);
        List<MetadataColumn> metadataColumns = new ArrayList<>();
        List<Integer> unnamedColumns = new ArrayList<>();
        for (int column = 0; column < header.width(); column++) {
            String name = header.cell(column);
            if (name.isEmpty()) {
                unnamedColumns.add(column);
                continue;
            }
            Optional<DescriptiveField> field = DescriptiveField.forHeader(name);
            if (field.isPresent()) {
                Integer firstColumn = fieldColumns.putIfAbsent(field.get(), column);
                if (firstColumn == null) {
                    continue;
                }
                warnings.add(header.line(), "column \"%s\" repeats column \"%s\"; its values are kept as ordinary metadata"
                        .formatted(name, header.cell(firstColumn)));
            }
            metadataColumns.add(new MetadataColumn(column, name));
        }
        if (!fieldColumns.containsKey(DescriptiveField.IDENTIFIER)) {
            throw new MetadataException(Warnings.located(sourceName, header.line(),
                    "no \"identifier\" column (columns found: %s). Add a column named identifier holding each object's folder name."
                            .formatted(quotedNames(header))));
        }
        return new ColumnLayout(fieldColumns, List.copyOf(metadataColumns), List.copyOf(unnamedColumns), header.width());
    }

    private static String quotedNames(CsvRow header) {
        return IntStream.range(0, header.width())
                .mapToObj(column -> "\"" + header.cell(column) + "\"")
                .collect(Collectors.joining(", "));
    }

    String identifier(CsvRow row) {
        return Identifiers.normalize(row.cell(fieldColumns.get(DescriptiveField.IDENTIFIER)));
    }

    ObjectMetadata describe(String identifier, CsvRow row, String origin) {
        List<MetadataEntry> entries = metadataColumns.stream()
                .filter(column -> !row.cell(column.index()).isEmpty())
                .map(column -> new MetadataEntry(column.label(), row.cell(column.index())))
                .toList();
        return new ObjectMetadata(identifier,
                field(row, DescriptiveField.LABEL),
                field(row, DescriptiveField.SUMMARY),
                field(row, DescriptiveField.RIGHTS),
                field(row, DescriptiveField.REQUIRED_STATEMENT),
                field(row, DescriptiveField.NAV_DATE),
                field(row, DescriptiveField.BEHAVIOR),
                field(row, DescriptiveField.VIEWING_DIRECTION),
                field(row, DescriptiveField.HOMEPAGE),
                field(row, DescriptiveField.SEE_ALSO),
                field(row, DescriptiveField.RENDERING),
                entries, List.of(), origin);
    }

    /** A row with a {@code page} cell describes pages of its object (see {@link ObjectMetadata.PageRow}). */
    boolean isPageRow(CsvRow row) {
        String page = field(row, DescriptiveField.PAGE);
        return page != null && !page.isEmpty();
    }

    ObjectMetadata.PageRow pageRow(CsvRow row, String origin) {
        return new ObjectMetadata.PageRow(field(row, DescriptiveField.PAGE), field(row, DescriptiveField.LABEL),
                origin);
    }

    /** Header names of a page row's cells that hold something but mean nothing on a page row. */
    List<String> unusedOnPageRow(CsvRow row) {
        List<String> unused = new ArrayList<>();
        fieldColumns.forEach((field, column) -> {
            if (!PAGE_ROW_FIELDS.contains(field) && !row.cell(column).isEmpty()) {
                unused.add(field.headerName());
            }
        });
        metadataColumns.stream().filter(column -> !row.cell(column.index()).isEmpty())
                .forEach(column -> unused.add(column.label()));
        return unused;
    }

    private String field(CsvRow row, DescriptiveField field) {
        Integer column = fieldColumns.get(field);
        return column == null ? null : row.cell(column);
    }

    int width() {
        return width;
    }

    /** Cells beyond the header's width that hold something; trailing empty cells (",,,") lose nothing. */
    boolean hasDataBeyondHeader(CsvRow row) {
        return IntStream.range(width, row.width()).anyMatch(column -> !row.cell(column).isEmpty());
    }

    /** Columns whose header cell is blank but which hold a value in this row; their values cannot be labelled. */
    List<Integer> unnamedColumnsWithData(CsvRow row) {
        return unnamedColumns.stream().filter(column -> !row.cell(column).isEmpty()).toList();
    }
}
