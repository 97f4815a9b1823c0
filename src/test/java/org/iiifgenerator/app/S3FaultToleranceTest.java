package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.iiifgenerator.testsupport.FaultInjectingProxy;
import org.iiifgenerator.testsupport.FaultInjectingProxy.Fault;
import org.iiifgenerator.testsupport.Json;
import org.iiifgenerator.testsupport.LogCapture;
import org.iiifgenerator.testsupport.RunReports;
import org.iiifgenerator.testsupport.S3ProxyExtension;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.SampleBox;
import org.iiifgenerator.testsupport.TaskBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * A whole collection published from S3 to S3 by {@code iiif-generator batch}, through a proxy that fails a share
 * of the requests as S3 and the network between do now and then (500 InternalError, 503 SlowDown, a connection
 * closed without an answer): the reads of the task, the CSV and the images, the tile archives' concurrent puts,
 * the transfer manager's folder uploads and the JSON documents all meet faults, and the SDK's retries make up for
 * them; source images whose answers break off midway are downloaded on from where they stopped. An outage ends
 * the run with an error that names what failed, instead of a hang.
 */
class S3FaultToleranceTest {

    private static final List<String> SETTINGS = List.of("aws.endpoint", "aws.path-style", "aws.region",
            "pipeline.work-dir", "iiif.tile-size");

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.s3proxyForTheApplication();
    private static S3ProxyServer server;
    private static Map<String, String> publishedWithoutFaults;

    @TempDir
    static Path dir;

    @BeforeAll
    static void publishWithoutFaults() throws Exception {
        server = S3.server();
        System.setProperty("aws.path-style", "true");
        System.setProperty("aws.region", S3ProxyServer.REGION);
        System.setProperty("pipeline.work-dir", dir.resolve("work").toString());
        // The faults are placed by request number (the 101st to 110th, every one after the 60th): counted for
        // 256 px tiles, with which a run makes some 330 requests.
        System.setProperty("iiif.tile-size", "256");
        SampleBox.upload(server.clients().sync(), server.bucket("src"), dir);
        server.bucket("tasks");
        String destination = server.bucket("without-faults");
        assertThat(publish(server.endpoint(), destination)).isEqualTo(ExitCodes.OK);
        publishedWithoutFaults = published(destination);
        assertThat(publishedWithoutFaults).containsKey(SampleBox.ROOT + "/collection/top.json");
    }

    @AfterAll
    static void forgetTheSettings() {
        SETTINGS.forEach(System::clearProperty);
    }

    /**
     * Requests draw their faults in the order they arrive, so a request that retries alone at the quiet end of a
     * run takes consecutive draws: a seed whose draws cluster (seed 2 at 20 %: 15 faults in 30 draws) can fail one
     * request eight times in a row now and then. The seeds of the faults without an answer have no such cluster:
     * at most 7 faults in any 20 of their first 700 draws.
     *
     * <p>Answers cut off midway are a run of their own: only GETs get them (the task, the CSV, the listings, the
     * source images), some twenty requests of some 300, too few to be sure of one in the mix above. At 30 % of
     * the draws, seed 10 has no more than 4 faults in a row in its first 700: a download that retries alone
     * cannot fail its eight attempts, and one that meets other requests' draws fails them all at 0.3^8.
     */
    @ParameterizedTest(name = "{0} of the requests fail ({2}), seed {1}")
    @CsvSource({"0.1, 1, INTERNAL_ERROR SLOW_DOWN DROPPED_CONNECTION",
            "0.2, 19, INTERNAL_ERROR SLOW_DOWN DROPPED_CONNECTION",
            "0.3, 10, TRUNCATED_BODY"})
    void aCollectionPublishedThroughFaultsIsTheOnePublishedWithout(double share, long seed, String faults)
            throws Exception {
        String destination = server.bucket("faults-" + seed);
        Fault[] drawn = Arrays.stream(faults.split(" ")).map(Fault::valueOf).toArray(Fault[]::new);
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), seed).faultShare(share)
                .drawingFrom(drawn)) {
            assertThat(publish(proxy.endpoint(), destination)).isEqualTo(ExitCodes.OK);

            Map<Fault, Integer> met = proxy.faults();
            assertThat(drawn).as("faults among %d requests: %s", proxy.requests(), met)
                    .allSatisfy(fault -> assertThat(met.get(fault)).as("%s", fault).isPositive());
        }
        assertThat(published(destination)).isEqualTo(publishedWithoutFaults);
    }

    /**
     * The task cannot be read: its eight attempts (seed 3: two dropped connections, InternalError, SlowDown,
     * three InternalErrors, SlowDown) wait at most 20 s between them in all, then the run ends.
     */
    @Test
    void anOutageFromTheStartEndsTheRunWithAnErrorThatNamesWhatFailed() throws Exception {
        String destination = server.bucket("outage");
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), 3).failEveryRequestAfter(0);
             LogCapture log = LogCapture.start()) {
            Duration took = timed(() -> assertThat(publish(proxy.endpoint(), destination))
                    .as("exit code: worth another try").isEqualTo(ExitCodes.BROKEN));

            assertThat(took).isLessThan(Duration.ofSeconds(60));
            assertThat(proxy.requests()).as("attempts to read the task (aws.s3.max-attempts)").isEqualTo(8);
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .contains("The run broke off: Could not read s3://tasks/" + destination + ".json: ")
                    .containsAnyOf("InternalError", "SlowDown", "Unable to execute HTTP request"));
        }
    }

    /**
     * Every image still to publish fails after its attempts (a tile archive's puts all at once), then the
     * collection cannot be published either. Three attempts (aws.s3.max-attempts) keep the test short: with eight,
     * every request waits out its backoffs (6 to 13 s), and this run takes minutes.
     */
    @Test
    void anOutageWhileTilesAreUploadedEndsTheRunInBoundedTime() throws Exception {
        String destination = server.bucket("outage-midway");
        System.setProperty("aws.s3.max-attempts", "3");
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), 4).failEveryRequestAfter(60);
             LogCapture log = LogCapture.start()) {
            Duration took = timed(() -> assertThat(publish(proxy.endpoint(), destination))
                    .isEqualTo(ExitCodes.BROKEN));

            assertThat(took).isLessThan(Duration.ofSeconds(60));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("Could not upload ")
                    .contains(" to s3://" + destination + "/" + SampleBox.ROOT + "/tiles/"));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .contains("The run broke off: Could not upload s3://" + destination + "/"));
        } finally {
            System.clearProperty("aws.s3.max-attempts");
        }
    }

    /**
     * Requests 101 to 110 (of some 330) fail, with one attempt each (aws.s3.max-attempts): the images they were for
     * are not published, nor the manifests of their objects, the rest of the collection and its report are. Exit code 3 has AWS Batch try the job
     * again, and the second run publishes what the first could not.
     */
    @Test
    void imagesLostToAShortOutageMakeTheJobWorthAnotherTry() throws Exception {
        String destination = server.bucket("short-outage");
        System.setProperty("aws.s3.max-attempts", "1");
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), 6).failRequests(101, 110)) {
            assertThat(publish(proxy.endpoint(), destination)).isEqualTo(ExitCodes.BROKEN);
        } finally {
            System.clearProperty("aws.s3.max-attempts");
        }
        JsonNode report = Json.parse(RunReports.read(server.clients().sync(), destination, SampleBox.ROOT));
        assertThat(report.path("totals").path("imagesFailed").asInt()).isPositive();
        assertThat(published(destination)).as("while the job waits for its next try, a manifest is whole or absent")
                .allSatisfy((key, digest) -> {
                    if (key.endsWith("/manifest.json")) {
                        assertThat(digest).as(key).isEqualTo(publishedWithoutFaults.get(key));
                    }
                });

        assertThat(publish(server.endpoint(), destination)).as("the job tried again").isEqualTo(ExitCodes.OK);
        assertThat(published(destination)).isEqualTo(publishedWithoutFaults);
    }

    /**
     * The network is cut for 2.4 s while tiles are uploaded (from the 150th request of some 330): every request
     * meanwhile loses its connection. Each is tried again as aws.s3.max-attempts (8) and the backoff say, however
     * many fail at once (a retry quota shared by the client's requests gave some up at their first attempt), and
     * the run publishes everything.
     */
    @Test
    void aConnectionCutOfTwoSecondsWhileTilesAreUploadedIsRiddenOut() throws Exception {
        String destination = server.bucket("cut");
        try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), 7)
                .cutConnectionsAfter(150, Duration.ofMillis(2400))) {
            assertThat(publish(proxy.endpoint(), destination)).isEqualTo(ExitCodes.OK);

            // Uploads: each key is put once, so every attempt of a PUT line is the same request's.
            Map<String, Integer> metTheCut = proxy.metTheCut().entrySet().stream()
                    .filter(request -> request.getKey().startsWith("PUT "))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<String, Integer> attempts = proxy.attempts();
            List<Integer> attemptsOfThoseCut = metTheCut.keySet().stream().map(attempts::get).sorted().toList();
            System.out.printf("Connection cut for 2.4 s: %d attempts of %d uploads dropped; attempts of each "
                    + "request until it passed: %s%n", metTheCut.values().stream().mapToInt(Integer::intValue).sum(),
                    metTheCut.size(), attemptsOfThoseCut);
            assertThat(metTheCut).as("uploads that met the cut").isNotEmpty();
            assertThat(metTheCut).allSatisfy((request, dropped) -> assertThat(attempts.get(request))
                    .as("attempts of %s", request).isEqualTo(dropped + 1).isLessThanOrEqualTo(8));
        }
        assertThat(published(destination)).isEqualTo(publishedWithoutFaults);
    }

    private static Duration timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Runs the task of the whole box with S3 at {@code endpoint}; the task file is read from there too. */
    private static int publish(URI endpoint, String destination) {
        TaskBuckets.put(server.clients().sync(), "tasks", destination + ".json",
                TaskBuckets.taskFile(SampleBox.task("src", destination)));
        System.setProperty("aws.endpoint", endpoint.toString());
        return IiifGenerator.commandLine().execute("batch", "--task", "s3://tasks/" + destination + ".json");
    }

    /** Every published key but those that record when a run published (see RunReports), with a digest of its bytes and its headers. */
    private static Map<String, String> published(String bucket) throws NoSuchAlgorithmException {
        S3Client s3 = server.clients().sync();
        Map<String, String> objects = new TreeMap<>();
        for (var object : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
            if (RunReports.carriesRunTimes(object.key().substring(SampleBox.ROOT.length() + 1))) {
                continue;
            }
            ResponseBytes<GetObjectResponse> content = s3.getObjectAsBytes(r -> r.bucket(bucket).key(object.key()));
            objects.put(object.key(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.asByteArray())) + " " + content.response().contentType() + " "
                    + content.response().cacheControl());
        }
        return objects;
    }
}
