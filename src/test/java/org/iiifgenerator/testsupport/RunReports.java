package org.iiifgenerator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.iiifgenerator.layout.OutputLayout;
import org.iiifgenerator.storage.Location;
import org.iiifgenerator.storage.Storage;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The report of a test's run: each run keeps its own under {@code collection/reports/} of the run records (see
 * {@link RunRecords}), and tests make one.
 */
public final class RunReports {

    private RunReports() {
    }

    /** The one report among the keys of an output root; fails when there is none, or several. */
    public static String onlyKey(Collection<String> keys) {
        List<String> reports = keys.stream().filter(RunReports::isReport).toList();
        assertThat(reports).as("the reports among the published keys").hasSize(1);
        return reports.getFirst();
    }

    public static boolean isReport(String key) {
        return key.startsWith(OutputLayout.REPORTS_FOLDER);
    }

    /** A document that says when a run published (reports, member records, the summary), unlike the others. */
    public static boolean carriesRunTimes(String key) {
        return isReport(key) || key.startsWith(OutputLayout.MEMBERS_FOLDER) || key.equals(OutputLayout.MEMBERS_CACHE_KEY)
                || key.equals(OutputLayout.SUMMARY_KEY);
    }

    /** The report of the one run into a local output folder, from the records beside it. */
    public static byte[] read(Path out) {
        Path records = RunRecords.of(out);
        try (Stream<Path> files = Files.list(records.resolve(OutputLayout.REPORTS_FOLDER))) {
            List<String> keys = files.map(file -> OutputLayout.REPORTS_FOLDER + file.getFileName()).toList();
            return Files.readAllBytes(records.resolve(onlyKey(keys)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report of the one run whose records a storage holds. */
    public static byte[] read(Storage storage) throws IOException {
        return storage.read(onlyKey(storage.list(OutputLayout.REPORTS_FOLDER)));
    }

    /** The report of the one run into the output root {@code root} of an S3 bucket, from its records. */
    public static String read(S3Client s3, String bucket, String root) {
        Location records = RunRecords.of(s3, bucket, root);
        String prefix = records.path() + "/";
        return TaskBuckets.read(s3, records.bucket(), prefix + onlyKey(TaskBuckets.keys(s3, records.bucket())
                .stream().filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length())).toList()));
    }

    /** The location of the one report of a run into the output root {@code root} of an S3 bucket. */
    public static String uri(S3Client s3, String bucket, String root) {
        Location records = RunRecords.of(s3, bucket, root);
        String prefix = records.path() + "/";
        return records.resolve(onlyKey(TaskBuckets.keys(s3, records.bucket()).stream()
                .filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length())).toList()))
                .toString();
    }

    public static String text(Path out) {
        return new String(read(out), StandardCharsets.UTF_8);
    }
}
