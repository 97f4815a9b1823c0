package org.iiifgenerator.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iiifgenerator.iiif.IiifVersion;
import org.iiifgenerator.iiif.image.ImageService;
import org.iiifgenerator.iiif.image.Size;
import org.iiifgenerator.iiif.image.TileFormat;
import org.iiifgenerator.iiif.presentation.Description;
import org.iiifgenerator.iiif.presentation.PublishedObject.PublishedPage;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.report.RunReport;
import org.iiifgenerator.source.FolderSource;
import org.iiifgenerator.storage.ContentTypes;
import org.iiifgenerator.storage.FileSystemStorage;
import org.iiifgenerator.task.Job;
import org.iiifgenerator.task.JobFactory;
import org.iiifgenerator.testsupport.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finalize job's view of the shards' records: all of one array job, or a clear refusal. */
class ShardRecordsTest {

    private static final ObjectOutcome PART = new ObjectOutcome(3, 7, "Big", "Big", false, 2,
            new Description("The big ledger", null, null, null, "1921-01-01T00:00:00Z",
                    List.of(new Description.LabelledValue("date", "1921"))),
            List.of(new PublishedPage(4, new ImageService("https://cdn.example.org/iiif/tiles/Big-4",
                    IiifVersion.V3, 1400, 1000, 256, List.of(1, 2, 4, 8), List.of(new Size(175, 125)),
                    new Size(1400, 1000), TileFormat.JPG))));

    @TempDir
    Path dir;
    private Run run;
    private FileSystemStorage output;
    private FileSystemStorage records;

    @BeforeEach
    void openARun() throws IOException {
        Path images = Files.createDirectories(dir.resolve("images"));
        output = new FileSystemStorage(dir.resolve("out"));
        Job job = new JobFactory().fromSettings(TestSettings.withDefaults(Map.of("iiif.images",
                images.toString(), "iiif.output", output.root().toString())));
        records = new FileSystemStorage(job.records().localPath());
        run = new Run(job, output, records, new FolderSource(images), WorkFolder.create(dir.resolve("work")));
    }

    @Test
    void aRecordReadsBackAsItWasWritten() throws IOException {
        ShareRecord record = record(1, 3, "plan-a");

        assertThat(ShareRecord.fromJson(record.toJson())).isEqualTo(record);
    }

    @Test
    void loadsEveryShardsRecordInIndexOrder() throws IOException {
        for (int shard : List.of(2, 0, 1)) {
            publish(record(shard, 3, "plan-a"));
        }

        assertThat(new ShardRecords().load(run)).extracting(ShareRecord::shard).containsExactly(0, 1, 2);
    }

    @Test
    void refusesToMergeWhileAShardIsMissingNamingIt() throws IOException {
        assertThatThrownBy(() -> new ShardRecords().load(run)).isInstanceOf(ShardRecords.IncompleteShardsException.class)
                .hasMessageContaining("No shard has published its record");
        publish(record(0, 3, "plan-a"));
        publish(record(2, 3, "plan-a"));

        assertThatThrownBy(() -> new ShardRecords().load(run)).isInstanceOf(ShardRecords.IncompleteShardsException.class)
                .hasMessageContaining("Shard(s) [1] of 3 have not published their record");
    }

    @Test
    void refusesRecordsThatListedDifferentCollections() throws IOException {
        publish(record(0, 2, "plan-a"));
        publish(record(1, 2, "plan-b"));

        assertThatThrownBy(() -> new ShardRecords().load(run)).hasMessageContaining("not of one array job")
                .hasMessageContaining("source changed");
    }

    @Test
    void removesTheRecordsOnceMerged() throws IOException {
        publish(record(0, 1, "plan-a"));

        new ShardRecords().remove(run);

        assertThat(records.list(OutputLayout.SHARDS_FOLDER)).isEmpty();
    }

    private void publish(ShareRecord record) throws IOException {
        records.put(OutputLayout.shardRecordKey(run.job().runName(), record.shard()), record.toJson(), ContentTypes.JSON);
    }

    private static ShareRecord record(int shard, int shards, String plan) {
        RunReport report = new RunReport("Coll_1", Map.of("share", "shard " + shard));
        report.warn("a warning every shard finds");
        return new ShareRecord("shard " + shard + " of " + shards, shard, shards, plan, List.of(PART),
                report.document());
    }
}
