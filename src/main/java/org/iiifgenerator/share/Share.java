package org.iiifgenerator.share;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iiifgenerator.share.ShardPlanner.ObjectWork;

/**
 * Which share of a collection a run tiles: all of it (one node), one AWS Batch array child's shard, or named
 * objects (a Lambda worker). Every run lists the whole collection the same way and then keeps its share, so the
 * shares of N runs add up to the collection, each object page in exactly one of them.
 */
public sealed interface Share {

    /** AWS Batch array jobs have 2 to 10 000 children. */
    int MAX_SHARDS = 10_000;

    /** The pieces of {@code collection} (in collection order) this run tiles, in collection order. */
    List<Piece> select(List<ObjectWork> collection);

    /** True when this run publishes the collection itself rather than a record of its share. */
    default boolean isAll() {
        return false;
    }

    /** The whole collection: a single-node run. */
    record All() implements Share {

        @Override
        public List<Piece> select(List<ObjectWork> collection) {
            return collection.stream()
                    .map(o -> new Piece(o.identifier(), 1, o.fileWork().size(), o.total())).toList();
        }

        @Override
        public boolean isAll() {
            return true;
        }

        @Override
        public String toString() {
            return "the whole collection";
        }
    }

    /**
     * Child {@code index} (0-based, AWS_BATCH_JOB_ARRAY_INDEX) of an array job of {@code count}.
     *
     * @param splitAboveBytes an object with more source bytes than this is split by files across shards; 0 for a
     *                        shard's fair share of the collection (its total over {@code count})
     */
    record Shard(int index, int count, long splitAboveBytes) implements Share {

        public Shard {
            if (count < 1 || count > MAX_SHARDS) {
                throw new IllegalArgumentException("an array job has 1 to " + MAX_SHARDS + " shards, not " + count);
            }
            if (index < 0 || index >= count) {
                throw new IllegalArgumentException("shard index " + index + " is not between 0 and " + (count - 1));
            }
            if (splitAboveBytes < 0) {
                throw new IllegalArgumentException("the size above which objects are split cannot be negative");
            }
        }

        @Override
        public List<Piece> select(List<ObjectWork> collection) {
            long total = collection.stream().mapToLong(ObjectWork::total).sum();
            long limit = splitAboveBytes > 0 ? splitAboveBytes : Math.max(1, (total + count - 1) / count);
            List<Piece> mine = new ShardPlanner(limit).plan(collection, count).get(index);
            return inCollectionOrder(mine, collection);
        }

        @Override
        public String toString() {
            return "shard " + index + " of " + count;
        }
    }

    /** Only the named objects, each whole: a Lambda worker's object. */
    record Objects(Set<String> identifiers) implements Share {

        public Objects {
            identifiers = Set.copyOf(identifiers);
        }

        @Override
        public List<Piece> select(List<ObjectWork> collection) {
            Set<String> missing = new TreeSet<>(identifiers);
            collection.forEach(o -> missing.remove(o.identifier()));
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the collection has no object " + String.join(", ", missing));
            }
            return new All().select(collection.stream().filter(o -> identifiers.contains(o.identifier())).toList());
        }

        @Override
        public String toString() {
            return "object " + String.join(", ", new TreeSet<>(identifiers));
        }
    }

    private static List<Piece> inCollectionOrder(List<Piece> pieces, List<ObjectWork> collection) {
        Map<String, Integer> position = new HashMap<>();
        collection.forEach(o -> position.putIfAbsent(o.identifier(), position.size()));
        return pieces.stream().sorted(Comparator.<Piece>comparingInt(i -> position.get(i.objectIdentifier()))
                .thenComparingInt(Piece::firstFile)).toList();
    }
}
