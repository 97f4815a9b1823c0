package org.iiifgenerator.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.iiifgenerator.share.ShardPlanner.ObjectWork;
import org.junit.jupiter.api.Test;

class ShareTest {

    private static final List<ObjectWork> COLLECTION = List.of(
            new ObjectWork("a", List.of(10L, 10L)),
            new ObjectWork("big", List.of(50L, 50L, 50L, 50L)),
            new ObjectWork("c", List.of(5L)),
            new ObjectWork("d", List.of(20L)));

    @Test
    void allIsEveryObjectWhole() {
        assertThat(new Share.All().select(COLLECTION)).containsExactly(new Piece("a", 1, 2, 20),
                new Piece("big", 1, 4, 200), new Piece("c", 1, 1, 5), new Piece("d", 1, 1, 20));
    }

    @Test
    void theShardsOfAnArrayJobCoverEveryFileOnceEachInCollectionOrder() {
        List<Piece> union = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            List<Piece> share = new Share.Shard(index, 3, 0).select(COLLECTION);
            assertThat(share).as("shard %d in collection order", index).isSortedAccordingTo(
                    Comparator.comparingInt((Piece i) -> List.of("a", "big", "c", "d").indexOf(i.objectIdentifier()))
                            .thenComparingInt(Piece::firstFile));
            union.addAll(share);
        }
        assertThat(union.stream().mapToLong(Piece::work).sum()).isEqualTo(245);
        assertThat(union).filteredOn(i -> i.objectIdentifier().equals("big"))
                .as("the big object (200 of 245) is over a shard's fair share (82): split by files")
                .hasSizeGreaterThan(1)
                .extracting(i -> i.lastFile() - i.firstFile() + 1).containsOnly(1);
        assertThat(union).filteredOn(i -> !i.objectIdentifier().equals("big"))
                .allMatch(i -> i.firstFile() == 1 && i.lastFile() == COLLECTION.stream()
                        .filter(o -> o.identifier().equals(i.objectIdentifier())).findFirst().orElseThrow()
                        .fileWork().size());
    }

    @Test
    void aConfiguredLimitKeepsObjectsBelowItWhole() {
        List<Piece> union = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            union.addAll(new Share.Shard(index, 3, 500).select(COLLECTION));
        }
        assertThat(union).hasSize(4).allMatch(i -> i.firstFile() == 1);
    }

    @Test
    void namedObjectsAreTakenWholeAndAnUnknownOneIsNamed() {
        assertThat(new Share.Objects(Set.of("d", "a")).select(COLLECTION)).extracting(Piece::objectIdentifier)
                .containsExactly("a", "d");
        assertThatIllegalArgumentException().isThrownBy(() -> new Share.Objects(Set.of("zz")).select(COLLECTION))
                .withMessageContaining("no object zz");
    }

    @Test
    void aShardOutsideItsArrayIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Share.Shard(3, 3, 0))
                .withMessageContaining("not between 0 and 2");
        assertThatIllegalArgumentException().isThrownBy(() -> new Share.Shard(0, 10_001, 0))
                .withMessageContaining("1 to 10000");
    }
}
