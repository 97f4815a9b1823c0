package org.iiifgenerator.testsupport;

import java.nio.file.Path;
import java.util.List;
import org.iiifgenerator.layout.RecordsLocation;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.S3Clients;
import org.iiifgenerator.storage.S3Storage;
import org.iiifgenerator.storage.Storage;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/**
 * Where a test's run kept its run records (reports, provenance, shard records): beside a local output folder, and
 * for an output in S3 under {@code records/<bucket>/<root>} of the bucket its tasks keep them in (the task bucket,
 * or the one the application is configured with, see {@link S3ProxyServer#RECORDS_BUCKET}).
 */
public final class RunRecords {

    private RunRecords() {
    }

    /** The records folder of the local output folder {@code out}. */
    public static Path of(Path out) {
        return RecordsLocation.beside(Location.local(out)).localPath();
    }

    /**
     * The place of the records of the output root {@code root} of bucket {@code destination}: in whichever bucket
     * holds records of it (there is one). Fails when no bucket does.
     */
    public static Location of(S3Client s3, String destination, String root) {
        List<String> buckets = s3.listBuckets().buckets().stream().map(Bucket::name).toList();
        for (String bucket : buckets) {
            Location place = RecordsLocation.under(RecordsLocation.inTaskBucket(bucket), destination, root);
            if (s3.listObjectsV2(r -> r.bucket(bucket).prefix(place.path() + "/").maxKeys(1)).keyCount() > 0) {
                return place;
            }
        }
        throw new AssertionError("No bucket holds run records of s3://" + destination + "/" + root);
    }

    /** The records of the output root {@code root} of bucket {@code destination}, as a storage. */
    public static Storage of(S3Clients clients, String destination, String root) {
        Location place = of(clients.sync(), destination, root);
        return new S3Storage(clients, place.bucket(), place.path(), S3Storage.Options.NONE);
    }

    /**
     * The records of the output root {@code root} of bucket {@code destination} as the application pointed at
     * {@code server} keeps them ({@link S3ProxyServer#applicationEnvironment}), whether or not they exist yet.
     */
    public static Storage onServer(S3ProxyServer server, String destination, String root) {
        Location place = RecordsLocation.under(Location.parse(server.recordsPlace()), destination, root);
        return new S3Storage(server.clients(), place.bucket(), place.path(), S3Storage.Options.NONE);
    }

    /** The records of the output a storage publishes to (an S3 root), as a storage. */
    public static Storage of(S3Clients clients, Storage published) {
        Location root = Location.parse(published.location());
        return of(clients, root.bucket(), root.path().replaceAll("/+$", ""));
    }
}
