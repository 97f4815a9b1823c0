import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.iiifgenerator.dispatch.ShardPlanner;
import org.iiifgenerator.dispatch.ShardPlanner.ObjectWork;

/**
 * Shard balance on a skewed collection: 300 objects of 1-20 pages of 5-100 MB, and 6 bound volumes of 400-600
 * pages of 80-120 MB, each larger than a 16th of the whole: the objects that make one shard a straggler when
 * objects are never split. Prints max shard work / mean shard work.
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
        System.out.printf("collection: %d objects, %d pages, %.1f GB%n", objects.size(),
                objects.stream().mapToInt(o -> o.fileWork().size()).sum(), total / 1024.0);
        System.out.println("shards  split limit (MB)  max/mean (objects never split)  max/mean (split above limit)");
        for (int shards : new int[] {2, 4, 8, 16}) {
            // The rule a deployment would configure: an object may take at most a quarter of a shard's fair share.
            long limit = total / (4L * shards);
            double whole = ShardPlanner.imbalance(new ShardPlanner(Long.MAX_VALUE).plan(objects, shards));
            double split = ShardPlanner.imbalance(new ShardPlanner(limit).plan(objects, shards));
            System.out.printf("%6d  %17d  %30.3f  %28.3f   target <= 1.10%n", shards, limit, whole, split);
        }
    }
}
