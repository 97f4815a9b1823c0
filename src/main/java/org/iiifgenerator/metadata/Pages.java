package org.iiifgenerator.metadata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iiifgenerator.iiif.presentation.Description.PageLabel;
import org.iiifgenerator.iiif.presentation.Description.Range;
import org.iiifgenerator.metadata.ObjectMetadata.PageRow;

/**
 * An object's page rows read as canvas labels (a row naming one page) and a table of contents (a row naming a span
 * of pages). Sections nest by their pages: one whose pages lie within another's is its sub-section, so the CSV
 * lists sections in any order and needs no column for the nesting.
 */
record Pages(List<PageLabel> labels, List<Range> ranges) {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern SPAN = Pattern.compile("(\\d{1,9})\\s*[-\u2013]\\s*(\\d{1,9})");

    /** @param known the object's pages, to warn about rows naming others; null when not all are known */
    static Pages of(ObjectMetadata object, ObjectPages known, Consumer<String> warnings) {
        List<PageLabel> labels = new ArrayList<>();
        List<Range> sections = new ArrayList<>();
        for (PageRow row : object.pages()) {
            String page = row.page();
            if (row.title() == null) {
                warnings.accept(row.origin() + ": page row '" + page + "' of object '" + object.identifier()
                        + "' has no title (the canvas label, or the section of a span of pages); it is ignored");
                continue;
            }
            if (known != null && !exists(row, known)) {
                warnings.accept(row.origin() + ", column page: object '" + object.identifier() + "' has no page '"
                        + row.page() + "' (it has " + known.count() + " pages, numbered from 1, and a page may be "
                        + "named by its file's name); '" + row.title() + "' is not shown");
                continue;
            }
            Matcher span = SPAN.matcher(page);
            if (span.matches()) {
                int first = Integer.parseInt(span.group(1));
                int last = Integer.parseInt(span.group(2));
                if (first < 1 || last < first) {
                    warnings.accept(row.origin() + ", column page: '" + page + "' is not a span of pages (first-last, "
                            + "from page 1, first not after last); section '" + row.title() + "' of object '"
                            + object.identifier() + "' is left out");
                } else {
                    sections.add(new Range(row.title(), first, last, List.of()));
                }
            } else if (NUMBER.matcher(page).matches() && Integer.parseInt(page) > 0) {
                labels.add(new PageLabel(Integer.parseInt(page), null, row.title()));
            } else {
                labels.add(new PageLabel(null, page, row.title()));
            }
        }
        return new Pages(labels, nested(sections));
    }

    /** Whether the row names pages the object has: a number or span within its count, or one of its files. */
    private static boolean exists(PageRow row, ObjectPages known) {
        Matcher span = SPAN.matcher(row.page());
        if (span.matches()) {
            // A backward span is not a span at all, and is warned about as such.
            int first = Integer.parseInt(span.group(1));
            int last = Integer.parseInt(span.group(2));
            return last < first || last <= known.count();
        }
        if (NUMBER.matcher(row.page()).matches()) {
            int number = Integer.parseInt(row.page());
            return number >= 1 && number <= known.count();
        }
        return known.fileNames().contains(row.page());
    }

    /** Sections in page order, each inside the last one listed before it that holds all its pages. */
    static List<Range> nested(List<Range> sections) {
        List<Range> inOrder = sections.stream()
                .sorted(Comparator.comparingInt(Range::first).thenComparing(Range::last, Comparator.reverseOrder()))
                .toList();
        Node root = new Node(new Range("", 1, Integer.MAX_VALUE, List.of()));
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (Range section : inOrder) {
            while (!open.peek().range.contains(section)) {
                open.pop();
            }
            Node node = new Node(section);
            open.peek().children.add(node);
            open.push(node);
        }
        return root.children.stream().map(Node::toRange).toList();
    }

    private static final class Node {
        private final Range range;
        private final List<Node> children = new ArrayList<>();

        Node(Range range) {
            this.range = range;
        }

        Range toRange() {
            return new Range(range.label(), range.first(), range.last(), children.stream().map(Node::toRange).toList());
        }
    }
}
