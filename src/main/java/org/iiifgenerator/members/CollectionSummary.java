package org.iiifgenerator.members;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The collection as a whole ({@code collection/summary.json}), rewritten with the Collection: how many objects,
 * pages and bytes it holds, when an object last changed, which runs published its members (their reports are
 * {@code collection/reports/<run>.json}), and the settings its documents were written with.
 *
 * @param runs each run that published members, with how many of them are its
 */
@JsonPropertyOrder({"members", "pages", "bytes", "lastChange", "runs", "settings"})
public record CollectionSummary(int members, long pages, long bytes, String lastChange, SortedMap<String, Long> runs,
                                CollectionSettings settings) {

    static CollectionSummary of(List<Member> members, CollectionSettings settings) {
        return new CollectionSummary(members.size(), members.stream().mapToLong(Member::pages).sum(),
                members.stream().mapToLong(Member::bytes).sum(),
                members.stream().map(Member::published).max(Comparator.naturalOrder()).orElse(null),
                members.stream().collect(Collectors.groupingBy(Member::run, TreeMap::new, Collectors.counting())),
                settings);
    }
}
