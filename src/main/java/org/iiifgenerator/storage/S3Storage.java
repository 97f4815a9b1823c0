package org.iiifgenerator.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.iiifgenerator.aws.AwsClients;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CompletedDirectoryUpload;
import software.amazon.awssdk.transfer.s3.model.FailedFileUpload;

/**
 * Publishes into an S3 bucket under a key prefix. Keys are relative to {@code s3://bucket/prefix}, as they are to
 * the root folder of {@link FileSystemStorage}. A PUT replaces an object atomically, so readers never see half an
 * object; image-service folders are uploaded concurrently by the transfer manager, their info.json last.
 */
public final class S3Storage implements Storage {

    private static final int DELETE_BATCH = 1000;

    /**
     * Headers every published object gets.
     *
     * @param imageCacheControl    Cache-Control of images (tiles never change under their URL); null for none
     * @param documentCacheControl Cache-Control of everything else (JSON documents a rerun may change); null for none
     * @param serverSideEncryption null (the bucket's default), "AES256" or "aws:kms"
     * @param kmsKeyId             the KMS key for "aws:kms"; null for the AWS managed key
     */
    public record Options(String imageCacheControl, String documentCacheControl, String serverSideEncryption,
                          String kmsKeyId) {

        public static final Options NONE = new Options(null, null, null, null);
        private static final Set<String> ENCRYPTIONS = Set.of("AES256", "aws:kms");

        public Options {
            imageCacheControl = blankToNull(imageCacheControl);
            documentCacheControl = blankToNull(documentCacheControl);
            serverSideEncryption = blankToNull(serverSideEncryption);
            kmsKeyId = blankToNull(kmsKeyId);
            if (serverSideEncryption != null && !ENCRYPTIONS.contains(serverSideEncryption)) {
                throw new IllegalArgumentException("Server-side encryption must be AES256 or aws:kms, not '"
                        + serverSideEncryption + "'");
            }
            if (kmsKeyId != null && !"aws:kms".equals(serverSideEncryption)) {
                throw new IllegalArgumentException("A KMS key id needs server-side encryption aws:kms");
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Requests of one archive in flight at once: the asynchronous client's default connection pool. */
    private static final int ARCHIVE_PUTS_IN_FLIGHT = 50;
    /** How the SDK's credential chain says it found nothing. */
    private static final String NO_CREDENTIALS = "Unable to load credentials";

    private final S3Client s3;
    private final AwsClients.Retries retries;
    private final S3AsyncClient async;
    private final S3TransferManager transfers;
    private final String bucket;
    private final String prefix;
    private final Options options;

    /** @param prefix where the keys start inside the bucket, e.g. "iiif/v1"; empty for the bucket's root */
    public S3Storage(S3Clients clients, String bucket, String prefix, Options options) {
        this.s3 = clients.sync();
        this.retries = clients.retries();
        this.async = clients.async();
        this.transfers = clients.transferManager();
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.prefix = normalisePrefix(prefix);
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public void put(String key, byte[] content, String contentType) throws IOException {
        String objectKey = objectKey(key);
        try {
            s3.putObject(putRequest(objectKey, contentType), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw failure("upload", objectKey, e);
        }
    }

    @Override
    public void putFile(String key, Path file, String contentType) throws IOException {
        upload(objectKey(key), file, contentType);
        Files.delete(file);
    }

    /**
     * S3 has no folder rename: the files are uploaded concurrently (the transfer manager bounds how many are in
     * flight), then {@code lastFile}. The 2.42 transfer manager cannot leave a file out of a directory upload, so
     * {@code lastFile} is set aside next to the folder meanwhile, and put back when anything fails so that the
     * folder can be published again. Nothing is deleted: over a published folder, every object the live
     * {@code lastFile} lists stays there until the new one replaces it, whenever the upload breaks off.
     */
    @Override
    public void putFolder(String keyPrefix, Path folder, String lastFile) throws IOException {
        String objectPrefix = objectKey(keyPrefix);
        String lastKey = objectKey(keyPrefix + "/" + lastFile);
        Path last = folder.resolve(lastFile);
        Path setAside = null;
        if (Files.exists(last)) {
            setAside = folder.resolveSibling("." + UUID.randomUUID() + "-" + last.getFileName());
            Files.move(last, setAside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            uploadDirectory(folder, objectPrefix, lastFile);
            if (setAside != null) {
                upload(lastKey, setAside, null);
            }
        } catch (IOException | RuntimeException e) {
            if (setAside != null) {
                putBack(setAside, last, e);
            }
            throw e;
        }
        LocalFolders.deleteRecursively(folder);
        if (setAside != null) {
            Files.delete(setAside);
        }
    }

    /**
     * Entries are read one by one (tiles are small) and put concurrently, at most {@link #ARCHIVE_PUTS_IN_FLIGHT}
     * at once; after a failure no more are started, and the first failure is reported naming its key.
     */
    @Override
    public void putArchive(String keyPrefix, Path zip, Function<String, String> keyOf) throws IOException {
        Semaphore window = new Semaphore(ARCHIVE_PUTS_IN_FLIGHT);
        List<CompletableFuture<Void>> puts = new ArrayList<>();
        AtomicReference<IOException> firstFailure = new AtomicReference<>();
        try {
            ArchiveEntries.read(zip, keyOf, (key, entryName, content) -> {
                String objectKey = objectKey(keyPrefix + "/" + key);
                window.acquireUninterruptibly();
                if (firstFailure.get() != null) {
                    window.release();
                    return false;
                }
                puts.add(async.putObject(putRequest(objectKey, null), AsyncRequestBody.fromBytes(content))
                        .handle((response, error) -> {
                            window.release();
                            if (error != null) {
                                firstFailure.compareAndSet(null, failure("upload " + zip + "!" + entryName + " to",
                                        objectKey, error instanceof CompletionException c ? c.getCause() : error));
                            }
                            return null;
                        }));
                return true;
            });
        } finally {
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
        }
        if (firstFailure.get() != null) {
            throw firstFailure.get();
        }
    }

    @Override
    public void checkAvailable() throws IOException {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (SdkException e) {
            throw failure("Bucket " + bucket + " cannot be used: " + (e instanceof S3Exception service
                    && service.statusCode() == 404 ? "it does not exist" : reason(e)), e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            s3.headObject(request -> request.bucket(bucket).key(objectKey));
            return true;
        } catch (NoSuchKeyException missing) {
            return false;
        } catch (S3Exception e) {
            // A HEAD response has no body, so a 404 is not always mapped to NoSuchKeyException.
            if (e.statusCode() == 404) {
                return false;
            }
            throw failure("check", objectKey, e);
        } catch (SdkException e) {
            throw failure("check", objectKey, e);
        }
    }

    @Override
    public SequencedMap<String, StoredFile> listing(String keyPrefix) throws IOException {
        String root = prefix.isEmpty() ? "" : prefix + "/";
        try {
            // The paginator follows continuation tokens: one call per 1000 keys.
            SequencedMap<String, StoredFile> listing = new TreeMap<>();
            s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(root + keyPrefix)).contents()
                    .forEach(object -> listing.put(object.key().substring(root.length()),
                            new StoredFile(object.size(), object.eTag())));
            return listing;
        } catch (SdkException e) {
            throw failure("list", root + keyPrefix + "*", e);
        }
    }

    @Override
    public byte[] read(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            return s3.getObjectAsBytes(request -> request.bucket(bucket).key(objectKey)).asByteArray();
        } catch (NoSuchKeyException missing) {
            throw missing(objectKey);
        } catch (SdkException e) {
            throw failure("read", objectKey, e);
        }
    }

    /**
     * A body that keeps breaking off is the storage's failure; a local file that cannot be written is not. A failed
     * download leaves no file behind, as if it had not started.
     */
    @Override
    public void download(String key, Path target) throws IOException {
        String objectKey = objectKey(key);
        Files.createDirectories(target.toAbsolutePath().getParent());
        boolean done = false;
        try {
            new ResumingDownload(s3, retries, bucket, objectKey).to(target);
            done = true;
        } catch (NoSuchKeyException missing) {
            throw missing(objectKey);
        } catch (SdkException | ResumingDownload.BodyNotReceived e) {
            throw failure("download", objectKey, e);
        } finally {
            if (!done) {
                Files.deleteIfExists(target);
            }
        }
    }

    /** S3 answers a delete of a missing key with success, as the interface wants. */
    @Override
    public void delete(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(objectKey));
        } catch (SdkException e) {
            throw failure("delete", objectKey, e);
        }
    }

    /** A thousand keys per request, the most S3's DeleteObjects takes: an image service is thousands of tiles. */
    @Override
    public void deleteAll(List<String> keys) throws IOException {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)).stream()
                    .map(key -> ObjectIdentifier.builder().key(objectKey(key)).build()).toList();
            try {
                DeleteObjectsResponse response = s3.deleteObjects(request -> request.bucket(bucket)
                        .delete(delete -> delete.objects(batch).quiet(true)));
                if (response.hasErrors() && !response.errors().isEmpty()) {
                    S3Error first = response.errors().getFirst();
                    throw new IOException("S3 did not delete " + response.errors().size() + " of the keys, the "
                            + "first s3://" + bucket + "/" + first.key() + ": " + first.code() + " " + first.message());
                }
            } catch (SdkException e) {
                throw failure("delete", batch.getFirst().key(), e);
            }
        }
    }

    @Override
    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }

    private void upload(String objectKey, Path file, String contentType) throws IOException {
        PutObjectRequest request = putRequest(objectKey, contentType);
        await(transfers.uploadFile(upload -> upload.source(file).putObjectRequest(request)).completionFuture(),
                "upload " + file + " to", objectKey);
    }

    /** Fails naming the first file the SDK could not upload; it reports them instead of failing the transfer. */
    private void uploadDirectory(Path folder, String objectPrefix, String lastFile) throws IOException {
        CompletableFuture<CompletedDirectoryUpload> transfer = transfers.uploadDirectory(upload -> upload
                .source(folder)
                .bucket(bucket)
                .s3Prefix(objectPrefix)
                .s3Delimiter("/")
                .uploadFileRequestTransformer(file -> {
                    String objectKey = file.build().putObjectRequest().key();
                    file.putObjectRequest(putRequest(objectKey, null));
                }))
                .completionFuture();
        List<FailedFileUpload> failed = await(transfer, "upload " + folder + " to", objectPrefix + "/")
                .failedTransfers();
        if (failed.isEmpty()) {
            return;
        }
        FailedFileUpload first = failed.getFirst();
        IOException firstFailure = failure("upload " + first.request().source() + " to",
                first.request().putObjectRequest().key(), first.exception());
        IOException failure = new IOException(failed.size() + " file(s) of " + folder + " could not be uploaded to "
                + uri(objectPrefix + "/") + ", so " + lastFile + " was not published. " + firstFailure.getMessage(),
                firstFailure);
        failed.stream().skip(1).forEach(other -> failure.addSuppressed(other.exception()));
        throw failure;
    }

    private static void putBack(Path setAside, Path last, Exception failure) {
        try {
            Files.move(setAside, last, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException notPutBack) {
            failure.addSuppressed(notPutBack);
        }
    }

    /**
     * The headers of every object. A null content type is taken from the key, which is how files of a folder get
     * theirs.
     */
    private PutObjectRequest putRequest(String objectKey, String contentType) {
        String type = contentType != null ? contentType : ContentTypes.of(objectKey);
        return PutObjectRequest.builder()
                .bucket(bucket)
                .key(objectKey)
                .contentType(type)
                .cacheControl(type.startsWith("image/") ? options.imageCacheControl() : options.documentCacheControl())
                .serverSideEncryption(options.serverSideEncryption())
                .ssekmsKeyId(options.kmsKeyId())
                .build();
    }

    private <T> T await(CompletableFuture<T> transfer, String action, String objectKey) throws IOException {
        try {
            return transfer.join();
        } catch (CompletionException e) {
            throw failure(action, objectKey, e.getCause());
        }
    }

    private String objectKey(String key) {
        StorageKeys.requireRelative(key);
        return prefix.isEmpty() ? key : prefix + "/" + key;
    }

    private String uri(String objectKey) {
        return "s3://" + bucket + "/" + objectKey;
    }

    private NoSuchFileException missing(String objectKey) {
        return new NoSuchFileException(uri(objectKey));
    }

    private IOException failure(String action, String objectKey, Throwable cause) {
        return failure("Could not " + action + " " + uri(objectKey) + ": " + reason(cause), cause);
    }

    private static IOException failure(String message, Throwable cause) {
        return isTransient(cause) ? new StorageUnavailableException(message, cause) : new IOException(message, cause);
    }

    /**
     * A failure the SDK gave up retrying that says nothing about the request: a server error, throttling, or no
     * answer at all (a connection refused, closed or timed out). Other client-side failures (no credentials, say)
     * are the configuration's. The transfer manager may wrap the SDK's failure in one of its own.
     */
    private static boolean isTransient(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SdkServiceException service) {
                return service.statusCode() >= 500 || service.isThrottlingException();
            }
            if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
                    || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The service's error code leads: its message alone ("Access Denied") often hides which rule was hit. */
    private static String reason(Throwable cause) {
        // The SDK lists every place of its credential chain and why each failed, in one line of over 1000 characters.
        if (cause instanceof SdkClientException && String.valueOf(cause.getMessage()).startsWith(NO_CREDENTIALS)) {
            return "no AWS credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, "
                    + "or run with an IAM role";
        }
        if (cause instanceof S3Exception service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode() + ": " + service.getMessage();
        }
        return String.valueOf(cause.getMessage());
    }

    private static String normalisePrefix(String prefix) {
        String stripped = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
        return stripped.isEmpty() ? "" : StorageKeys.requireRelative(stripped);
    }
}
