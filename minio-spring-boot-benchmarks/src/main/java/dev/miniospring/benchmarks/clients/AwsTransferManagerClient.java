package dev.miniospring.benchmarks.clients;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.async.ResponsePublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.DownloadFileRequest;
import software.amazon.awssdk.transfer.s3.model.DownloadRequest;
import software.amazon.awssdk.transfer.s3.model.UploadFileRequest;
import software.amazon.awssdk.transfer.s3.model.UploadRequest;

/**
 * AWS SDK v2 {@link S3TransferManager} on the AWS CRT S3 client (native, parallel ranged
 * parts); used for large objects and files only. Over HTTPS the CRT client's only trust
 * setting is used, {@code trustAllCertificatesEnabled} (it cannot be given a certificate
 * to trust): it encrypts as usual but does not verify the server's certificate. Its
 * multipart uploads fail on S3Proxy (see {@link #CLOSE_DELIMITED_ANSWER}).
 */
public final class AwsTransferManagerClient implements BenchClient {

    /**
     * Why a multipart upload fails on S3Proxy: the SDK adds {@code Expect: 100-continue}
     * to the PutObject that the CRT turns into CreateMultipartUpload; S3Proxy's Jetty
     * answers it without Content-Length or chunking, closing the connection to end the
     * body, and the CRT's HTTP client (aws-c-http) reads such a body as empty.
     */
    static final String CLOSE_DELIMITED_ANSWER = "not supported by this server: it ends the "
            + "CreateMultipartUpload answer by closing the connection, which the CRT reads as empty (S3Proxy quirk)";

    private static final String NO_UPLOAD_ID = "Upload Id not found in create-multipart-upload response";

    private final S3AsyncClient client;

    private final S3TransferManager transferManager;

    private final ExecutorService streamReader = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "tm-stream-reader");
        thread.setDaemon(true);
        return thread;
    });

    private AwsTransferManagerClient(S3AsyncClient client) {
        this.client = client;
        this.transferManager = S3TransferManager.builder().s3Client(client).build();
    }

    /**
     * Creates the client.
     * @param settings the shared settings
     * @return the client
     */
    public static AwsTransferManagerClient create(ClientSettings settings) {
        S3AsyncClient client = S3AsyncClient.crtBuilder()
            .endpointOverride(settings.endpoint())
            .forcePathStyle(true)
            .region(Region.of(ClientSettings.REGION))
            .credentialsProvider(StaticCredentialsProvider
                .create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
            .minimumPartSizeInBytes(settings.partSize())
            .httpConfiguration((http) -> http.trustAllCertificatesEnabled(settings.certificate() != null))
            .build();
        return new AwsTransferManagerClient(client);
    }

    @Override
    public String name() {
        return "AWS S3TransferManager (CRT)";
    }

    @Override
    public boolean smallObjects() {
        return false;
    }

    @Override
    public void put(String bucket, String key, byte[] data) {
        join(this.client.putObject((request) -> request.bucket(bucket).key(key), AsyncRequestBody.fromBytes(data)));
    }

    @Override
    public long get(String bucket, String key) {
        ResponsePublisher<GetObjectResponse> publisher = this.transferManager
            .download(DownloadRequest.builder()
                .getObjectRequest((request) -> request.bucket(bucket).key(key))
                .responseTransformer(AsyncResponseTransformer.<GetObjectResponse>toPublisher())
                .build())
            .completionFuture()
            .join()
            .result();
        LongAdder bytes = new LongAdder();
        publisher.subscribe((buffer) -> bytes.add(buffer.remaining())).join();
        return bytes.sum();
    }

    @Override
    public long head(String bucket, String key) {
        return this.client.headObject((request) -> request.bucket(bucket).key(key)).join().contentLength();
    }

    @Override
    public int list(String bucket, String prefix, int pageSize) {
        throw new IllegalStateException("The transfer manager has no listing: the benchmark only runs large-object "
                + "workloads on it (smallObjects() is false)");
    }

    @Override
    public void upload(String bucket, String key, InputStream data, long length) {
        Long size = (length < 0) ? null : length;
        join(this.transferManager
            .upload(UploadRequest.builder()
                .putObjectRequest((request) -> request.bucket(bucket).key(key))
                .requestBody(AsyncRequestBody.fromInputStream(data, size, this.streamReader))
                .build())
            .completionFuture());
    }

    @Override
    public void uploadFile(String bucket, String key, Path file) {
        join(this.transferManager
            .uploadFile(UploadFileRequest.builder()
                .putObjectRequest((request) -> request.bucket(bucket).key(key))
                .source(file)
                .build())
            .completionFuture());
    }

    @Override
    public void downloadFile(String bucket, String key, Path file) {
        this.transferManager
            .downloadFile(DownloadFileRequest.builder()
                .getObjectRequest((request) -> request.bucket(bucket).key(key))
                .destination(file)
                .build())
            .completionFuture()
            .join();
    }

    @Override
    public void createBucket(String bucket) {
        try {
            this.client.createBucket((request) -> request.bucket(bucket)).join();
        }
        catch (java.util.concurrent.CompletionException ex) {
            if (!(ex.getCause() instanceof BucketAlreadyOwnedByYouException)) {
                throw ex;
            }
        }
    }

    /**
     * Waits for an upload; the failure of a server that ends its CreateMultipartUpload
     * answer by closing the connection becomes an {@link UnsupportedOperationException}
     * that says so (the SDK's own message names only the missing upload id).
     */
    private static <T> T join(CompletableFuture<T> upload) {
        try {
            return upload.join();
        }
        catch (CompletionException ex) {
            if (!String.valueOf(ex.getMessage()).contains(NO_UPLOAD_ID)) {
                throw ex;
            }
            UnsupportedOperationException unsupported = new UnsupportedOperationException(CLOSE_DELIMITED_ANSWER);
            unsupported.addSuppressed(ex);
            throw unsupported;
        }
    }

    @Override
    public void close() {
        this.transferManager.close();
        this.client.close();
        this.streamReader.shutdownNow();
    }

}
