package org.iiifgenerator.iiif.presentation;

import java.util.List;

/**
 * Descriptive metadata of one object, ready for a manifest: {@code rights} is a Creative Commons or
 * RightsStatements.org URI, {@code navDate} an xsd:dateTime; either is null when absent or unusable.
 *
 * @param behavior         paged, individuals or continuous (v2.1 {@code viewingHint}), or null
 * @param viewingDirection left-to-right, right-to-left, top-to-bottom or bottom-to-top, or null
 * @param homepage         web pages about the object (v2.1 {@code related})
 * @param seeAlso          machine-readable descriptions of it (a catalogue record)
 * @param rendering        downloads of it as a whole (a PDF, the original file)
 * @param pageLabels       canvas labels other than "p. N"
 * @param ranges           the table of contents, nested, in reading order
 */
public record Description(String label, String summary, String rights, String requiredStatement, String navDate,
                          List<LabelledValue> metadata, String behavior, String viewingDirection,
                          List<Link> homepage, List<Link> seeAlso, List<Link> rendering, List<PageLabel> pageLabels,
                          List<Range> ranges) {

    public Description {
        metadata = listOf(metadata);
        homepage = listOf(homepage);
        seeAlso = listOf(seeAlso);
        rendering = listOf(rendering);
        pageLabels = listOf(pageLabels);
        ranges = listOf(ranges);
    }

    /** Only the descriptive properties; no structure and no links. */
    public Description(String label, String summary, String rights, String requiredStatement, String navDate,
                       List<LabelledValue> metadata) {
        this(label, summary, rights, requiredStatement, navDate, metadata, null, null, null, null, null, null, null);
    }

    /** Lists read back from an older record (JSON without the property) are empty rather than null. */
    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * The label of the canvas of page {@code number}; {@code fileName} is the name of its file when it is the file's
     * first page (else null). Null when the CSV gives none ("p. N" then).
     */
    public String pageLabel(int number, String fileName) {
        return pageLabels.stream()
                .filter(page -> page.number() != null ? page.number() == number : page.file().equals(fileName))
                .map(PageLabel::label)
                .findFirst().orElse(null);
    }

    public record LabelledValue(String label, String value) {
    }

    /** A linked resource: its URL and, when the file name tells it, its media type (else null). */
    public record Link(String url, String format) {
    }

    /** A canvas label for the page numbered {@code number}, or (number null) the first page of {@code file}. */
    public record PageLabel(Integer number, String file, String label) {
    }

    /** A section of the table of contents: pages {@code first} to {@code last}, with its sub-sections. */
    public record Range(String label, int first, int last, List<Range> children) {

        public Range {
            children = listOf(children);
        }

        public boolean contains(Range other) {
            return first <= other.first && other.last <= last;
        }
    }
}
