package org.iiifgenerator.testsupport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A box of a collection in a source bucket, skewed as archives are: one large object whose files include a
 * three-page TIFF (pages 3-5 of 8), four letters and a loose postcard, with a CSV. A task for the whole box
 * publishes each under {@value #ROOT}.
 */
public final class SampleBox {

    public static final String BOX = "Coll_1/Box1";
    public static final String ROOT = "iiif";
    public static final List<String> OBJECTS = List.of("Big", "Letter_1", "Letter_2", "Letter_3", "Letter_4",
            "Postcard");
    /** The objects as the collection lists them: those with a CSV row in its order, then Letter_4, without one. */
    public static final List<String> COLLECTION_ORDER = List.of("Big", "Letter_1", "Letter_2", "Letter_3",
            "Postcard", "Letter_4");

    private SampleBox() {
    }

    /** Uploads the box and its CSV to {@code bucket}, images made in {@code work}. */
    public static void upload(S3Client s3, String bucket, Path work) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (int page : List.of(1, 2, 4, 5, 6)) {
            files.put("Big/p" + page + ".jpg", TestImages.image(work.resolve("big-" + page + ".jpg"), 1400, 1000, page));
        }
        files.put("Big/p3.tif", TestImages.multiPageTiff(work.resolve("big-3.tif"), 200, 150, 3));
        for (int letter = 1; letter <= 4; letter++) {
            files.put("Letter_" + letter + "/p1.jpg",
                    TestImages.image(work.resolve("letter-" + letter + ".jpg"), 400 + letter * 10, 300, letter));
        }
        files.put("Letter_2/p2.jpg", TestImages.image(work.resolve("letter-2b.jpg"), 380, 300, 22));
        files.put("Postcard.jpg", TestImages.image(work.resolve("postcard.jpg"), 500, 320, 7));
        files.forEach((key, file) -> s3.putObject(r -> r.bucket(bucket).key(BOX + "/" + key),
                RequestBody.fromFile(file)));
        TaskBuckets.put(s3, bucket, "Coll_1/CSV/coll.csv", """
                identifier,title,date
                Big,The big ledger,1921
                Letter_1,First letter,1922
                Letter_2,Second letter,1923
                Letter_3,Third letter,1924
                Postcard,A postcard,1925
                """);
    }

    /** The task of the whole box, in the seed's generation-2 names. */
    public static Map<String, String> task(String source, String destination) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.putAll(Map.of("AWS_SRC_BUCKET", source, "AWS_DEST_BUCKET", destination, "ACCESS_DIR", BOX,
                "COLLECTION_IDENTIFIER", "Coll_1", "DEST_PREFIX", ROOT, "DEST_URL", TaskBuckets.DEST_URL,
                "CSV_PATH", "Coll_1/CSV", "CSV_NAME", "coll.csv"));
        return environment;
    }
}
