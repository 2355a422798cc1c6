package dev.miniospring.benchmarks.clients;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

import dev.miniospring.benchmarks.Drain;

/**
 * AWS SDK v2 synchronous {@link S3Client} on Apache HttpClient 5, path-style. It cannot
 * upload a stream of unknown length (that is the transfer manager's job), and sends a 256
 * MiB object (or a file) in one PUT. Over HTTPS it trusts the benchmark certificate only.
 */
public final class AwsSyncClient implements BenchClient {

    private final S3Client client;

    private AwsSyncClient(S3Client client) {
        this.client = client;
    }

    /**
     * Creates the client.
     * @param settings the shared settings
     * @return the client
     */
    public static AwsSyncClient create(ClientSettings settings) {
        S3Client client = S3Client.builder()
            .endpointOverride(settings.endpoint())
            .forcePathStyle(true)
            .region(Region.of(ClientSettings.REGION))
            .credentialsProvider(StaticCredentialsProvider
                .create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
            .httpClientBuilder(httpClient(settings))
            .build();
        return new AwsSyncClient(client);
    }

    private static Apache5HttpClient.Builder httpClient(ClientSettings settings) {
        Apache5HttpClient.Builder builder = Apache5HttpClient.builder().maxConnections(settings.maxConnections());
        if (settings.certificate() != null) {
            X509TrustManager trust = settings.certificate().trustManager();
            builder.tlsTrustManagersProvider(() -> new TrustManager[] { trust });
        }
        return builder;
    }

    @Override
    public String name() {
        return "AWS SDK v2 S3Client";
    }

    @Override
    public boolean unknownLength() {
        return false;
    }

    @Override
    public void put(String bucket, String key, byte[] data) {
        this.client.putObject((request) -> request.bucket(bucket).key(key), RequestBody.fromBytes(data));
    }

    @Override
    public long get(String bucket, String key) {
        return Drain.drain(this.client.getObject((request) -> request.bucket(bucket).key(key)));
    }

    @Override
    public long head(String bucket, String key) {
        return this.client.headObject((request) -> request.bucket(bucket).key(key)).contentLength();
    }

    @Override
    public int list(String bucket, String prefix, int pageSize) {
        int count = 0;
        for (ListObjectsV2Response page : this.client.listObjectsV2Paginator(
                ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).maxKeys(pageSize).build())) {
            count += page.contents().size();
        }
        return count;
    }

    @Override
    public void upload(String bucket, String key, InputStream data, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("S3Client cannot upload a stream of unknown length: the benchmark "
                    + "skips that workload for it (unknownLength() is false)");
        }
        this.client.putObject((request) -> request.bucket(bucket).key(key), RequestBody.fromInputStream(data, length));
    }

    @Override
    public void uploadFile(String bucket, String key, Path file) {
        this.client.putObject((request) -> request.bucket(bucket).key(key), RequestBody.fromFile(file));
    }

    @Override
    public void downloadFile(String bucket, String key, Path file) throws IOException {
        Files.deleteIfExists(file);
        this.client.getObject((request) -> request.bucket(bucket).key(key), file);
    }

    @Override
    public void createBucket(String bucket) {
        try {
            this.client.createBucket((request) -> request.bucket(bucket));
        }
        catch (BucketAlreadyOwnedByYouException ex) {
            // already there
        }
    }

    @Override
    public void close() {
        this.client.close();
    }

}
