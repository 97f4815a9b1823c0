package org.iiifgenerator.iiif.presentation;

import java.util.ArrayList;
import java.util.List;
import org.iiifgenerator.iiif.presentation.Description.Range;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;

/**
 * The table of contents of an object as its manifest lists it, in either Presentation version: each section's
 * published pages and sub-sections in page order. A page is listed in the innermost section that holds it; a section
 * none of whose pages was published is left out.
 */
public final class Contents {

    /**
     * A section as published.
     *
     * @param name    unique within the manifest, for the section's id: "r2" for the second section, "r2-3" for a
     *                sub-section that is its third entry
     * @param entries its {@link PublishedPage}s and sub-{@link Section}s, in page order
     */
    public record Section(String name, String label, List<Object> entries) {

        public List<Section> subSections() {
            return entries.stream().filter(Section.class::isInstance).map(Section.class::cast).toList();
        }

        public List<PublishedPage> pages() {
            return entries.stream().filter(PublishedPage.class::isInstance).map(PublishedPage.class::cast).toList();
        }
    }

    private Contents() {
    }

    /** The top-level sections of the object's table of contents; empty when it has none. */
    public static List<Section> of(PublishedObject object) {
        List<Section> sections = new ArrayList<>();
        for (Range range : object.description().ranges()) {
            Section section = section(range, object.pages(), "r" + (sections.size() + 1));
            if (!section.entries().isEmpty()) {
                sections.add(section);
            }
        }
        return sections;
    }

    private static Section section(Range range, List<PublishedPage> pages, String name) {
        List<Object> entries = new ArrayList<>();
        List<Range> children = range.children();
        int nextChild = 0;
        int coveredUpTo = range.first() - 1;
        for (PublishedPage page : pages) {
            if (page.number() < range.first() || page.number() > range.last()) {
                continue;
            }
            while (nextChild < children.size() && children.get(nextChild).first() <= page.number()) {
                Range child = children.get(nextChild++);
                Section sub = section(child, pages, name + "-" + (entries.size() + 1));
                if (!sub.entries().isEmpty()) {
                    entries.add(sub);
                }
                coveredUpTo = Math.max(coveredUpTo, child.last());
            }
            if (page.number() > coveredUpTo) {
                entries.add(page);
            }
        }
        return new Section(name, range.label(), entries);
    }
}
