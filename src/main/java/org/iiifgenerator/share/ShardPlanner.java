package org.iiifgenerator.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Shares a collection's objects among N shards (AWS Batch array children) so that they finish together:
 * balanced by work, not by count, largest first onto the least loaded shard (LPT), with ties broken by identifier
 * and shard index so every child computes the same plan. An object stays on one shard unless its work exceeds
 * {@code maxPieceWork}; then it is cut into contiguous ranges of its source files that each stay within that limit
 * (a file is never cut: the pages of a multi-page TIFF or PDF stay together).
 */
public final class ShardPlanner {

    private final long maxPieceWork;

    /** @param maxPieceWork largest work one piece may have before its object is split by files */
    public ShardPlanner(long maxPieceWork) {
        if (maxPieceWork <= 0) {
            throw new IllegalArgumentException("The largest work of one item must be positive, was " + maxPieceWork);
        }
        this.maxPieceWork = maxPieceWork;
    }

    /** An object and the work of each of its source files, in page order. */
    public record ObjectWork(String identifier, List<Long> fileWork) {

        public ObjectWork {
            fileWork = List.copyOf(fileWork);
            if (fileWork.isEmpty()) {
                throw new IllegalArgumentException("Object '" + identifier + "' has no files");
            }
        }

        public long total() {
            return fileWork.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** @return for each shard (index = array index), its pieces; every file of every object in exactly one */
    public List<List<Piece>> plan(List<ObjectWork> objects, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("There must be at least one shard, not " + shards);
        }
        List<Piece> pieces = new ArrayList<>();
        objects.forEach(object -> pieces.addAll(pieces(object)));
        pieces.sort(Comparator.comparingLong(Piece::work).reversed()
                .thenComparing(Piece::objectIdentifier).thenComparingInt(Piece::firstFile));

        List<List<Piece>> plan = new ArrayList<>();
        PriorityQueue<long[]> loads = new PriorityQueue<>(
                Comparator.<long[]>comparingLong(load -> load[0]).thenComparingLong(load -> load[1]));
        for (int shard = 0; shard < shards; shard++) {
            plan.add(new ArrayList<>());
            loads.add(new long[] {0, shard});
        }
        for (Piece piece : pieces) {
            long[] least = loads.poll();
            plan.get((int) least[1]).add(piece);
            least[0] += piece.work();
            loads.add(least);
        }
        return plan;
    }

    /** The object whole, or cut into contiguous file ranges of at most {@code maxPieceWork} (a file is never cut). */
    private List<Piece> pieces(ObjectWork object) {
        if (object.total() <= maxPieceWork) {
            return List.of(new Piece(object.identifier(), 1, object.fileWork().size(), object.total()));
        }
        List<Piece> ranges = new ArrayList<>();
        int first = 1;
        long work = 0;
        for (int file = 1; file <= object.fileWork().size(); file++) {
            long fileWork = object.fileWork().get(file - 1);
            if (file > first && work + fileWork > maxPieceWork) {
                ranges.add(new Piece(object.identifier(), first, file - 1, work));
                first = file;
                work = 0;
            }
            work += fileWork;
        }
        ranges.add(new Piece(object.identifier(), first, object.fileWork().size(), work));
        return ranges;
    }

    /**
     * A digest of a collection as listed (identifiers and file work, in order): runs that listed the same source
     * agree on it, so shards of one task can tell whether they planned the same collection.
     */
    public static String fingerprint(List<ObjectWork> objects) {
        StringBuilder listing = new StringBuilder();
        objects.forEach(o -> listing.append(o.identifier()).append('\t').append(o.fileWork()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Largest shard work over mean shard work: 1.0 is perfect balance. */
    public static double imbalance(List<List<Piece>> plan) {
        long[] totals = plan.stream().mapToLong(pieces -> pieces.stream().mapToLong(Piece::work).sum()).toArray();
        long max = 0;
        long sum = 0;
        for (long total : totals) {
            max = Math.max(max, total);
            sum += total;
        }
        return sum == 0 ? 1.0 : max / ((double) sum / totals.length);
    }
}
