import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.iiifgenerator.dispatch.Share;
import org.iiifgenerator.dispatch.ShardPlanner;
import org.iiifgenerator.dispatch.ShardPlanner.ObjectWork;
import org.iiifgenerator.dispatch.WorkItem;

/**
 * Shard balance on a skewed collection: 300 objects of 1-20 pages of 5-100 MB, and 6 bound volumes of 400-600
 * pages of 80-120 MB, each larger than a 16th of the whole: the objects that make one shard a straggler when
 * objects are never split. Prints max shard work / mean shard work, each shard's share computed as an array
 * child computes it ({@link Share.Shard#select}); work is source megabytes, one entry per file.
 */
public class ShardBalance {

    public static void main(String[] args) {
        Random random = new Random(2024);
        List<ObjectWork> objects = new ArrayList<>();
        for (int i = 0; i < 306; i++) {
            boolean huge = i % 51 == 0;
            int pages = huge ? 400 + random.nextInt(201) : 1 + random.nextInt(20);
            List<Long> megabytes = new ArrayList<>();
            for (int page = 0; page < pages; page++) {
                megabytes.add(huge ? 80L + random.nextInt(41) : 5L + random.nextInt(96));
            }
            objects.add(new ObjectWork(String.format("obj-%05d", i), megabytes));
        }
        long total = objects.stream().flatMap(o -> o.fileWork().stream()).mapToLong(Long::longValue).sum();
        System.out.printf("collection: %d objects, %d files, %.1f GB%n", objects.size(),
                objects.stream().mapToInt(o -> o.fileWork().size()).sum(), total / 1024.0);
        System.out.println("shards  never split  split above fair share (default)  split above 1/4 share");
        for (int shards : new int[] {2, 4, 8, 16}) {
            double whole = imbalance(objects, shards, Long.MAX_VALUE);
            double fairShare = imbalance(objects, shards, 0);
            double quarter = imbalance(objects, shards, total / (4L * shards));
            System.out.printf("%6d  %11.3f  %32.3f  %21.3f   target <= 1.10%n", shards, whole, fairShare, quarter);
        }
    }

    /** Max over mean of the shards' work, each share selected as array child i of n selects it. */
    private static double imbalance(List<ObjectWork> objects, int shards, long splitAbove) {
        List<List<WorkItem>> plan = new ArrayList<>();
        for (int index = 0; index < shards; index++) {
            plan.add(new Share.Shard(index, shards, splitAbove).select(objects));
        }
        return ShardPlanner.imbalance(plan);
    }
}
