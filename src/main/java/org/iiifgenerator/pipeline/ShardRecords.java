package org.iiifgenerator.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Variable;
import org.iiifgenerator.share.Share;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.Storage;

/**
 * The records of the shares of a collection's run. A share ends by recording what it published, kept on the run
 * (a Lambda worker answers with it) and, for an array child, kept with the run records under {@code collection/shards/} for the
 * finalize job, which loads every shard's record, refusing to go on while any is missing, and removes them once
 * the collection is published.
 */
public final class ShardRecords {

    /** A share's run is over: its record, published when it is an array child's. */
    public ShareRecord publish(@Body List<ObjectOutcome> outcomes, @Variable("plan") CollectionPlan plan,
                               @ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        Share share = run.job().share();
        Share.Shard shard = share instanceof Share.Shard s ? s : null;
        ShareRecord record = new ShareRecord(share.toString(), shard == null ? null : shard.index(),
                shard == null ? null : shard.count(), plan.fingerprint(),
                outcomes.stream().sorted(Comparator.comparingInt(ObjectOutcome::position)).toList(),
                run.report().document());
        if (shard != null) {
            run.records().put(OutputLayout.shardRecordKey(run.job().runName(), shard.index()), record.toJson(), ContentTypes.JSON);
        }
        run.keepRecord(record);
        return record;
    }

    /** Every shard's record, by index; fails naming what is missing or does not belong with the rest. */
    public List<ShareRecord> load(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        Storage storage = run.records();
        String folder = OutputLayout.shardsFolder(run.job().runName());
        String where = storage.location() + "/" + folder;
        List<ShareRecord> records = new ArrayList<>();
        for (String key : storage.list(folder)) {
            records.add(ShareRecord.fromJson(storage.read(key)));
        }
        if (records.isEmpty()) {
            throw new IncompleteShardsException("No shard has published its record in " + where + ": the array "
                    + "job's children have not run or all failed. Run them, then finalize again.");
        }
        records.sort(Comparator.comparing(ShareRecord::shard, Comparator.nullsFirst(Comparator.naturalOrder())));
        ShareRecord first = records.getFirst();
        for (ShareRecord record : records) {
            if (record.shard() == null || !first.shards().equals(record.shards())
                    || !first.plan().equals(record.plan())) {
                throw new IncompleteShardsException("The records in " + where + " are not of one array job: "
                        + first.share() + " and " + record.share() + " listed different collections. The source "
                        + "changed while the shards ran, or records of an earlier run are left; rerun the task.");
            }
        }
        Set<Integer> missing = new TreeSet<>(IntStream.range(0, first.shards()).boxed().toList());
        records.forEach(record -> missing.remove(record.shard()));
        if (!missing.isEmpty()) {
            throw new IncompleteShardsException("Shard(s) " + missing + " of " + first.shards() + " have not "
                    + "published their record in " + where + ": their array children failed or have not run. "
                    + "Rerun them, then finalize again.");
        }
        return records;
    }

    /** After the collection is published: the records are no longer needed. */
    public void remove(@ExchangeProperty(Run.PROPERTY) Run run) throws IOException {
        for (String key : run.records().list(OutputLayout.shardsFolder(run.job().runName()))) {
            run.records().delete(key);
        }
    }

    /** The parts of a run cannot be merged: a shard's record is missing or belongs to another run. */
    public static final class IncompleteShardsException extends IllegalStateException {

        IncompleteShardsException(String message) {
            super(message);
        }
    }
}
