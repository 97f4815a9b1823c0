package org.iiifgenerator.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.iiifgenerator.share.ShardPlanner.ObjectWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardPlannerTest {

    private static final long NO_SPLIT = Long.MAX_VALUE;

    @Test
    void balancesByWorkNotByCount() {
        List<ObjectWork> objects = List.of(object("huge", 100), object("a", 10), object("b", 10), object("c", 10),
                object("d", 10), object("e", 10));

        List<List<Piece>> plan = new ShardPlanner(NO_SPLIT).plan(objects, 2);

        assertThat(plan.get(0)).extracting(Piece::objectIdentifier).containsExactly("huge");
        assertThat(plan.get(1)).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 8, 16, 50})
    void everyPageOfEveryObjectIsInExactlyOneShard(int shards) {
        List<ObjectWork> objects = skewedCollection(new Random(7), 200);

        List<List<Piece>> plan = new ShardPlanner(5_000).plan(objects, shards);

        assertThat(plan).hasSize(shards);
        Map<String, List<Integer>> pages = new HashMap<>();
        plan.forEach(items -> items.forEach(item -> {
            for (int page = item.firstFile(); page <= item.lastFile(); page++) {
                pages.computeIfAbsent(item.objectIdentifier(), k -> new ArrayList<>()).add(page);
            }
        }));
        for (ObjectWork object : objects) {
            List<Integer> assigned = pages.get(object.identifier());
            Collections.sort(assigned);
            assertThat(assigned).as(object.identifier())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, object.fileWork().size()).boxed().toList());
        }
    }

    @Test
    void isTheSameWhateverTheInputOrderSoEveryChildAgrees() {
        List<ObjectWork> objects = new ArrayList<>(skewedCollection(new Random(3), 100));
        List<List<Piece>> first = new ShardPlanner(5_000).plan(objects, 8);
        Collections.shuffle(objects, new Random(11));

        assertThat(new ShardPlanner(5_000).plan(objects, 8)).isEqualTo(first);
    }

    @Test
    void splitsOnlyObjectsLargerThanTheLimitIntoContiguousFileRangesWithinIt() {
        ObjectWork big = new ObjectWork("big", List.of(40L, 40L, 40L, 40L, 40L));
        ObjectWork small = object("small", 90);

        List<Piece> items = new ShardPlanner(100).plan(List.of(big, small), 1).getFirst();

        assertThat(items).filteredOn(i -> i.objectIdentifier().equals("big"))
                .extracting(Piece::firstFile, Piece::lastFile, Piece::work)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, 2, 80L),
                        org.assertj.core.groups.Tuple.tuple(3, 4, 80L), org.assertj.core.groups.Tuple.tuple(5, 5, 40L));
        assertThat(items).filteredOn(i -> i.objectIdentifier().equals("small")).singleElement()
                .extracting(Piece::firstFile, Piece::lastFile).containsExactly(1, 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8, 16})
    void aSkewedCollectionIsBalancedWithinTenPercent(int shards) {
        List<ObjectWork> objects = skewedCollection(new Random(42), 400);
        long largestFile = objects.stream().flatMap(o -> o.fileWork().stream()).mapToLong(Long::longValue).max()
                .orElseThrow();
        long total = objects.stream().mapToLong(ObjectWork::total).sum();

        List<List<Piece>> plan = new ShardPlanner(Math.max(largestFile, total / (4L * shards))).plan(objects, shards);

        assertThat(ShardPlanner.imbalance(plan)).isLessThanOrEqualTo(1.10);
    }

    @Test
    void refusesNoShardsAndANonPositiveLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ShardPlanner(1).plan(List.of(), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ShardPlanner(0));
    }

    /** Many small objects and a few huge ones, as archives are: pages of 1-20 units, a few objects of 500-page scans. */
    static List<ObjectWork> skewedCollection(Random random, int objects) {
        List<ObjectWork> collection = new ArrayList<>();
        for (int i = 0; i < objects; i++) {
            int pages = i % 50 == 0 ? 300 + random.nextInt(200) : 1 + random.nextInt(20);
            List<Long> work = new ArrayList<>();
            for (int page = 0; page < pages; page++) {
                work.add(i % 50 == 0 ? 40L + random.nextInt(20) : 1L + random.nextInt(20));
            }
            collection.add(new ObjectWork(String.format("obj-%04d", i), work));
        }
        return collection;
    }

    private static ObjectWork object(String identifier, long work) {
        return new ObjectWork(identifier, List.of(work));
    }
}
