package org.iiifgenerator.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.testsupport.FaultInjectingProxy;
import org.iiifgenerator.testsupport.FaultInjectingProxy.Fault;
import org.iiifgenerator.testsupport.S3ProxyServer;
import org.iiifgenerator.testsupport.StoredObjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** What only the S3 storage does: object headers, the key prefix, folder ordering and failures as S3 reports them. */
class S3StorageTest {

    /** Larger single PUTs are refused, so a test can make one file of a folder fail to upload. */
    private static final int MAX_OBJECT_SIZE = 1024 * 1024;
    private static final String PREFIX = "iiif/v1";
    private static final S3Storage.Options HEADERS = new S3Storage.Options("public, max-age=86400",
            "public, max-age=60", "AES256", null);

    private static StoredObjects arrivals;
    private static S3ProxyServer server;

    @TempDir
    Path work;

    private String bucket;
    private S3Storage storage;

    @BeforeAll
    static void startServer() throws Exception {
        arrivals = StoredObjects.inMemory();
        server = S3ProxyServer.builder().blobStore(arrivals).maxSinglePartObjectSize(MAX_OBJECT_SIZE).start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void openStorage() {
        bucket = server.newBucket();
        storage = new S3Storage(server.clients(), bucket, PREFIX, HEADERS);
    }

    @Nested
    class ObjectHeaders {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "tiles/ms-1-1/0,0,256,256/256,/0/default.jpg | image/jpeg       | public, max-age=86400",
                "tiles/ms-1-1/full/max/0/default.webp        | image/webp       | public, max-age=86400",
                "tiles/ms-1-1/info.json                      | application/json | public, max-age=60"})
        void everyFileOfAFolderGetsTheContentTypeOfItsExtensionAndTheConfiguredHeaders(String key, String type,
                                                                                        String cacheControl)
                throws IOException {
            Path folder = Files.createDirectories(work.resolve("ms-1-1"));
            for (String file : List.of("0,0,256,256/256,/0/default.jpg", "full/max/0/default.webp", "info.json")) {
                write(folder.resolve(file), "content of " + file);
            }

            storage.putFolder("tiles/ms-1-1", folder, "info.json");

            HeadObjectResponse head = head(key);
            assertThat(head.contentType()).isEqualTo(type);
            assertThat(head.cacheControl()).as("images never change, documents may").isEqualTo(cacheControl);
            assertThat(head.serverSideEncryptionAsString()).isEqualTo("AES256");
        }

        @Test
        void putKeepsTheCallersContentTypeAndAddsTheConfiguredHeaders() throws IOException {
            storage.put("collection/index.jsonl", bytes("{}\n"), "application/x-ndjson");

            HeadObjectResponse head = head("collection/index.jsonl");
            assertThat(head.contentType()).isEqualTo("application/x-ndjson");
            assertThat(head.cacheControl()).isEqualTo("public, max-age=60");
            assertThat(head.serverSideEncryptionAsString()).isEqualTo("AES256");
        }

        @Test
        void putWithoutAContentTypeTakesItFromTheKey() throws IOException {
            storage.put("ms-1/manifest.json", bytes("{}"), null);

            assertThat(head("ms-1/manifest.json").contentType()).isEqualTo(ContentTypes.JSON);
        }

        @Test
        void putFileGetsTheConfiguredHeaders() throws IOException {
            storage.putFile("scans/page.jpg", write(work.resolve("page.jpg"), "jpeg"), "image/jpeg");

            HeadObjectResponse head = head("scans/page.jpg");
            assertThat(head.contentType()).isEqualTo("image/jpeg");
            assertThat(head.cacheControl()).isEqualTo("public, max-age=86400");
            assertThat(head.serverSideEncryptionAsString()).isEqualTo("AES256");
        }

        @Test
        void archiveEntriesGetTheConfiguredHeaders() throws IOException {
            Path zip = work.resolve("ms-1-1.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("ms-1-1/0,0,256,256/256,/0/default.jpg"));
                out.write(bytes("jpeg"));
            }

            storage.putArchive("tiles/ms-1-1", zip, name -> name.substring("ms-1-1/".length()));

            HeadObjectResponse head = head("tiles/ms-1-1/0,0,256,256/256,/0/default.jpg");
            assertThat(head.contentType()).isEqualTo("image/jpeg");
            assertThat(head.cacheControl()).isEqualTo("public, max-age=86400");
            assertThat(head.serverSideEncryptionAsString()).as("every write, the async ones too").isEqualTo("AES256");
        }

        @Test
        void kmsEncryptionSendsTheKeyId() throws IOException {
            String keyId = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
            S3Storage kms = new S3Storage(server.clients(), bucket, PREFIX, new S3Storage.Options(null, null, "aws:kms", keyId));

            kms.put("ms-1/manifest.json", bytes("{}"), ContentTypes.JSON);

            HeadObjectResponse head = head("ms-1/manifest.json");
            assertThat(head.serverSideEncryptionAsString()).isEqualTo("aws:kms");
            assertThat(head.ssekmsKeyId()).isEqualTo(keyId);
            assertThat(head.cacheControl()).isNull();
        }
    }

    @Nested
    class KeyPrefix {

        @Test
        void keysAreRelativeToTheBucketAndPrefix() throws IOException {
            storage.put("ms-1/manifest.json", bytes("{}"), ContentTypes.JSON);

            assertThat(server.clients().sync().listObjectsV2(request -> request.bucket(bucket)).contents())
                    .extracting(S3Object::key).containsExactly("iiif/v1/ms-1/manifest.json");
            assertThat(storage.location()).isEqualTo("s3://" + bucket + "/iiif/v1");
        }

        @Test
        void objectsBesideThePrefixAreNotPartOfTheStorage() throws IOException {
            for (String outside : List.of("iiif/v1-old/ms-1/manifest.json", "iiif/other.json", "ms-1/manifest.json")) {
                server.clients().sync().putObject(request -> request.bucket(bucket).key(outside),
                        RequestBody.fromString("outside"));
            }
            storage.put("ms-1/manifest.json", bytes("inside"), ContentTypes.JSON);

            assertThat(storage.list("")).containsExactly("ms-1/manifest.json");
            assertThat(storage.read("ms-1/manifest.json")).isEqualTo(bytes("inside"));
        }

        @Test
        void anEmptyPrefixPublishesAtTheBucketRoot() throws IOException {
            S3Storage atRoot = new S3Storage(server.clients(), bucket, "", S3Storage.Options.NONE);
            Path folder = Files.createDirectories(work.resolve("ms-1-1"));
            write(folder.resolve("info.json"), "{}");
            write(folder.resolve("full/max/0/default.jpg"), "jpeg");

            atRoot.put("collection/top.json", bytes("{}"), ContentTypes.JSON);
            atRoot.putFolder("tiles/ms-1-1", folder, "info.json");

            assertThat(atRoot.list("")).containsExactly("collection/top.json", "tiles/ms-1-1/full/max/0/default.jpg",
                    "tiles/ms-1-1/info.json");
            assertThat(head("collection/top.json", "").contentType()).isEqualTo(ContentTypes.JSON);
            assertThat(atRoot.location()).isEqualTo("s3://" + bucket + "/");
        }

        @Test
        void slashesAroundThePrefixAreIgnored() throws IOException {
            new S3Storage(server.clients(), bucket, "/iiif/v1/", S3Storage.Options.NONE)
                    .put("ms-1/manifest.json", bytes("{}"), ContentTypes.JSON);

            assertThat(storage.exists("ms-1/manifest.json")).isTrue();
        }

        @Test
        void aMissingKeyIsNamedByItsFullS3Uri() {
            assertThatThrownBy(() -> storage.read("ms-1/missing.json"))
                    .isInstanceOf(NoSuchFileException.class)
                    .hasMessage("s3://" + bucket + "/iiif/v1/ms-1/missing.json");
        }
    }

    @Nested
    class FolderOrder {

        @Test
        void infoJsonArrivesAfterEveryOtherFileOfTheFolder() throws IOException {
            Path folder = Files.createDirectories(work.resolve("ms-1-1"));
            write(folder.resolve("info.json"), "{}");
            IntStream.range(0, 40).forEach(i -> write(folder.resolve("0," + i * 256 + ",256,256/256,/0/default.jpg"),
                    "tile " + i));

            storage.putFolder("tiles/ms-1-1", folder, "info.json");

            List<String> arrived = arrivals.keysOf(bucket);
            assertThat(arrived).hasSize(41);
            assertThat(arrived.getLast()).isEqualTo("iiif/v1/tiles/ms-1-1/info.json");
        }

        @Test
        void aFileThatCannotBeUploadedLeavesInfoJsonUnpublishedAndTheFolderInPlace() throws IOException {
            Path folder = Files.createDirectories(work.resolve("ms-1-1"));
            write(folder.resolve("info.json"), "{}");
            write(folder.resolve("full/max/0/default.jpg"), "small");
            Path tooLarge = write(folder.resolve("full/full/0/default.jpg"), "");
            Files.write(tooLarge, new byte[MAX_OBJECT_SIZE + 1]);

            assertThatIOException().isThrownBy(() -> storage.putFolder("tiles/ms-1-1", folder, "info.json"))
                    .withMessageContaining("Could not upload " + tooLarge + " to s3://" + bucket
                            + "/iiif/v1/tiles/ms-1-1/full/full/0/default.jpg")
                    // The reason is EntityTooLarge, or a closed connection when the server hangs up before the SDK
                    // has read its answer: either way the file is named. Error codes are checked under Failures.
                    .withMessageContaining("info.json was not published");

            assertThat(storage.exists("tiles/ms-1-1/info.json")).isFalse();
            assertThat(folder.resolve("info.json")).hasContent("{}");
            assertThat(work).isDirectoryNotContaining(path -> !path.equals(folder));
        }

        @Test
        void anArchiveEntryThatCannotBeUploadedFailsNamingItAndTheRestStillArrive() throws IOException {
            Path zip = work.resolve("ms-1-1.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (int i = 0; i < 10; i++) {
                    out.putNextEntry(new ZipEntry("ms-1-1/" + i + ",0,256,256/256,/0/default.jpg"));
                    out.write(("tile " + i).getBytes(UTF_8));
                }
                out.putNextEntry(new ZipEntry("ms-1-1/full/full/0/default.jpg"));
                out.write(new byte[MAX_OBJECT_SIZE + 1]);
            }

            assertThatIOException().isThrownBy(() -> storage.putArchive("tiles/ms-1-1", zip,
                            name -> name.substring("ms-1-1/".length())))
                    .withMessageContaining("Could not upload " + zip + "!ms-1-1/full/full/0/default.jpg to s3://"
                            + bucket + "/iiif/v1/tiles/ms-1-1/full/full/0/default.jpg");

            assertThat(storage.list("tiles/ms-1-1/")).as("the entries before it, all finished").hasSize(10);
            assertThat(zip).isRegularFile();
        }
    }

    @Nested
    class Failures {

        @Test
        void aRefusedRequestNamesTheObjectAndTheServicesReason() {
            var wrongSecret = StaticCredentialsProvider.create(AwsBasicCredentials.create(server.accessKey(), "wrong"));
            try (S3Clients clients = new S3Clients(server.settings(wrongSecret))) {
                S3Storage refused = new S3Storage(clients, bucket, PREFIX, S3Storage.Options.NONE);

                assertThatIOException().isThrownBy(() -> refused.put("ms-1/manifest.json", bytes("{}"), ContentTypes.JSON))
                        .withMessageContaining("s3://" + bucket + "/iiif/v1/ms-1/manifest.json")
                        .withMessageContaining("SignatureDoesNotMatch")
                        .isNotInstanceOf(StorageUnavailableException.class);
            }
        }

        @Test
        void noCredentialsAreNamedInOneSentenceWithWhereToGiveThem() {
            // A chain that finds nothing, as the SDK's default one does on a machine without credentials; this one
            // looks only where nothing is (system properties), so it asks no metadata service.
            var nowhere = AwsCredentialsProviderChain.of(SystemPropertyCredentialsProvider.create());
            try (S3Clients clients = new S3Clients(server.settings(nowhere))) {
                S3Storage anonymous = new S3Storage(clients, bucket, PREFIX, S3Storage.Options.NONE);

                assertThatIOException().isThrownBy(anonymous::checkAvailable)
                        .withMessage("Bucket " + bucket + " cannot be used: no AWS credentials were found: set "
                                + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run with an IAM role")
                        .isNotInstanceOf(StorageUnavailableException.class);
            }
        }

        @Test
        void aServerThatKeepsFailingMakesTheStorageUnavailableNotTheRequestWrong() throws Exception {
            AwsClients.Retries twice = new AwsClients.Retries(2, Duration.ofSeconds(10), Duration.ofSeconds(30));
            try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), 5).failEveryRequestAfter(0);
                 S3Clients clients = new S3Clients(server.settingsAt(proxy.endpoint()).withRetries(twice))) {
                S3Storage failing = new S3Storage(clients, bucket, PREFIX, S3Storage.Options.NONE);

                assertThatExceptionOfType(StorageUnavailableException.class)
                        .isThrownBy(() -> failing.read("ms-1/manifest.json"))
                        .withMessageContaining("s3://" + bucket + "/iiif/v1/ms-1/manifest.json");
                assertThatExceptionOfType(StorageUnavailableException.class).isThrownBy(failing::checkAvailable)
                        .withMessageContaining("Bucket " + bucket);
            }
        }

        @Test
        void aMissingBucketIsReportedNotTakenForAnEmptyStorage() {
            S3Storage nowhere = new S3Storage(server.clients(), "no-such-bucket", PREFIX, S3Storage.Options.NONE);

            assertThatIOException().isThrownBy(() -> nowhere.list(""))
                    .withMessageContaining("s3://no-such-bucket/iiif/v1/")
                    .withMessageContaining("NoSuchBucket")
                    .isNotInstanceOf(StorageUnavailableException.class);
        }
    }

    /** Source images are streamed to disk: a body that breaks off after the SDK handed it over. */
    @Nested
    class Downloads {

        private final AwsClients.Retries threeAttempts = new AwsClients.Retries(3, Duration.ofSeconds(10),
                Duration.ofSeconds(30));

        @Test
        void aBodyThatBreaksOffIsFetchedOnFromWhereItStopped() throws Exception {
            byte[] image = new byte[600_000];
            new Random(21).nextBytes(image);
            server.clients().sync().putObject(request -> request.bucket(bucket).key(PREFIX + "/scans/page.tif"),
                    RequestBody.fromBytes(image));
            try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), 21)
                    .drawingFrom(Fault.TRUNCATED_BODY).failRequests(1, 2);
                 S3Clients clients = new S3Clients(server.settingsAt(proxy.endpoint()).withRetries(threeAttempts))) {
                Path target = work.resolve("page.tif");

                new S3Storage(clients, bucket, PREFIX, S3Storage.Options.NONE).download("scans/page.tif", target);

                assertThat(Files.readAllBytes(target)).isEqualTo(image);
                assertThat(proxy.faults().get(Fault.TRUNCATED_BODY)).isEqualTo(2);
                assertThat(proxy.requests()).as("the last of three attempts").isEqualTo(3);
            }
        }

        @Test
        void aBodyThatBreaksOffOnEveryAttemptMakesTheStorageUnavailable() throws Exception {
            server.clients().sync().putObject(request -> request.bucket(bucket).key(PREFIX + "/scans/page.tif"),
                    RequestBody.fromBytes(new byte[100_000]));
            try (FaultInjectingProxy proxy = FaultInjectingProxy.start(server.endpoint(), 22)
                    .drawingFrom(Fault.TRUNCATED_BODY).failEveryRequestAfter(0);
                 S3Clients clients = new S3Clients(server.settingsAt(proxy.endpoint()).withRetries(threeAttempts))) {
                S3Storage storage = new S3Storage(clients, bucket, PREFIX, S3Storage.Options.NONE);
                long start = System.nanoTime();

                assertThatExceptionOfType(StorageUnavailableException.class)
                        .isThrownBy(() -> storage.download("scans/page.tif", work.resolve("page.tif")))
                        .withMessageContaining("Could not download s3://" + bucket + "/iiif/v1/scans/page.tif: ")
                        .withMessageContaining("3 attempts");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
                assertThat(proxy.requests()).isEqualTo(3);
            }
        }
    }

    @Nested
    class OptionsValidation {

        @Test
        void onlyAes256AndKmsAreEncryptions() {
            assertThatIllegalArgumentException().isThrownBy(() -> new S3Storage.Options(null, null, "aws:kms:dsse", null));
        }

        @Test
        void aKmsKeyNeedsKmsEncryption() {
            assertThatIllegalArgumentException().isThrownBy(() -> new S3Storage.Options(null, null, "AES256", "key"));
        }

        @Test
        void blankValuesMeanNotConfigured() {
            assertThat(new S3Storage.Options(" ", null, "", null)).isEqualTo(S3Storage.Options.NONE);
        }
    }

    private HeadObjectResponse head(String key) {
        return head(key, PREFIX + "/");
    }

    private HeadObjectResponse head(String key, String prefix) {
        return server.clients().sync().headObject(request -> request.bucket(bucket).key(prefix + key));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
