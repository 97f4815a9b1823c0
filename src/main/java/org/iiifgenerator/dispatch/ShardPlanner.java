package org.iiifgenerator.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Shares a collection's objects among N shards (AWS Batch array children) so that they finish together:
 * balanced by work, not by count, largest first onto the least loaded shard (LPT), with ties broken by identifier
 * and shard index so every child computes the same plan. An object stays on one shard unless its work exceeds
 * {@code maxItemWork}; then it is cut into contiguous page ranges that each stay within that limit.
 */
public final class ShardPlanner {

    private final long maxItemWork;

    /** @param maxItemWork largest work one item may have before its object is split by pages */
    public ShardPlanner(long maxItemWork) {
        if (maxItemWork <= 0) {
            throw new IllegalArgumentException("The largest work of one item must be positive, was " + maxItemWork);
        }
        this.maxItemWork = maxItemWork;
    }

    /** An object and the work of each of its pages, in page order. */
    public record ObjectWork(String identifier, List<Long> pageWork) {

        public ObjectWork {
            pageWork = List.copyOf(pageWork);
            if (pageWork.isEmpty()) {
                throw new IllegalArgumentException("Object '" + identifier + "' has no pages");
            }
        }

        long total() {
            return pageWork.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** @return for each shard (index = array index), its items; every page of every object in exactly one */
    public List<List<WorkItem>> plan(List<ObjectWork> objects, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("There must be at least one shard, not " + shards);
        }
        List<WorkItem> items = new ArrayList<>();
        objects.forEach(object -> items.addAll(items(object)));
        items.sort(Comparator.comparingLong(WorkItem::work).reversed()
                .thenComparing(WorkItem::objectIdentifier).thenComparingInt(WorkItem::firstPage));

        List<List<WorkItem>> plan = new ArrayList<>();
        PriorityQueue<long[]> loads = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(load -> load[0]).thenComparingLong(load -> load[1]));
        for (int shard = 0; shard < shards; shard++) {
            plan.add(new ArrayList<>());
            loads.add(new long[] {0, shard});
        }
        for (WorkItem item : items) {
            long[] least = loads.poll();
            plan.get((int) least[1]).add(item);
            least[0] += item.work();
            loads.add(least);
        }
        return plan;
    }

    /** The object whole, or cut into contiguous page ranges of at most {@code maxItemWork} (a page is never cut). */
    private List<WorkItem> items(ObjectWork object) {
        if (object.total() <= maxItemWork) {
            return List.of(new WorkItem(object.identifier(), 1, object.pageWork().size(), object.total()));
        }
        List<WorkItem> ranges = new ArrayList<>();
        int first = 1;
        long work = 0;
        for (int page = 1; page <= object.pageWork().size(); page++) {
            long pageWork = object.pageWork().get(page - 1);
            if (page > first && work + pageWork > maxItemWork) {
                ranges.add(new WorkItem(object.identifier(), first, page - 1, work));
                first = page;
                work = 0;
            }
            work += pageWork;
        }
        ranges.add(new WorkItem(object.identifier(), first, object.pageWork().size(), work));
        return ranges;
    }

    /** Largest shard work over mean shard work: 1.0 is perfect balance. */
    public static double imbalance(List<List<WorkItem>> plan) {
        long[] totals = plan.stream().mapToLong(items -> items.stream().mapToLong(WorkItem::work).sum()).toArray();
        long max = 0;
        long sum = 0;
        for (long total : totals) {
            max = Math.max(max, total);
            sum += total;
        }
        return sum == 0 ? 1.0 : max / ((double) sum / totals.length);
    }
}
