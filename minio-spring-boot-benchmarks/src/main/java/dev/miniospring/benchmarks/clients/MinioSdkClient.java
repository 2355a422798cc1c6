package dev.miniospring.benchmarks.clients;

import java.io.InputStream;
import java.nio.file.Path;

import io.minio.BucketExistsArgs;
import io.minio.DownloadObjectArgs;
import io.minio.GetObjectArgs;
import io.minio.Http;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.messages.Item;
import okhttp3.OkHttpClient;

import dev.miniospring.benchmarks.Drain;
import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

/**
 * The MinIO Java SDK ({@code io.minio:minio}) on its default OkHttp client (over HTTPS
 * with the benchmark certificate as its only trust).
 */
public final class MinioSdkClient implements BenchClient {

    private final MinioClient client;

    private final long partSize;

    private MinioSdkClient(MinioClient client, long partSize) {
        this.client = client;
        this.partSize = partSize;
    }

    /**
     * Creates the client.
     * @param settings the shared settings
     * @return the client
     */
    public static MinioSdkClient create(ClientSettings settings) {
        MinioClient.Builder builder = MinioClient.builder()
            .endpoint(settings.endpoint().toString())
            .credentials(settings.accessKey(), settings.secretKey())
            .region(ClientSettings.REGION);
        if (settings.certificate() != null) {
            builder.httpClient(trusting(settings.certificate()), true);
        }
        return new MinioSdkClient(builder.build(), settings.partSize());
    }

    /**
     * Returns the SDK's default OkHttp client trusting the benchmark certificate.
     */
    private static OkHttpClient trusting(SelfSignedCertificate certificate) {
        return Http.newDefaultClient()
            .newBuilder()
            .sslSocketFactory(certificate.clientContext().getSocketFactory(), certificate.trustManager())
            .build();
    }

    @Override
    public String name() {
        return "MinIO SDK";
    }

    @Override
    public void put(String bucket, String key, byte[] data) throws Exception {
        this.client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).data(data, data.length).build());
    }

    @Override
    public long get(String bucket, String key) throws Exception {
        return Drain.drain(this.client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public long head(String bucket, String key) throws Exception {
        return this.client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()).size();
    }

    @Override
    public int list(String bucket, String prefix, int pageSize) throws Exception {
        int count = 0;
        for (Result<Item> item : this.client.listObjects(
                ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).maxKeys(pageSize).build())) {
            item.get();
            count++;
        }
        return count;
    }

    @Override
    public void upload(String bucket, String key, InputStream data, long length) throws Exception {
        Long size = (length < 0) ? null : length;
        this.client
            .putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(data, size, this.partSize).build());
    }

    @Override
    public void uploadFile(String bucket, String key, Path file) throws Exception {
        this.client.uploadObject(
                UploadObjectArgs.builder().bucket(bucket).object(key).filename(file.toString(), this.partSize).build());
    }

    @Override
    public void downloadFile(String bucket, String key, Path file) throws Exception {
        this.client.downloadObject(DownloadObjectArgs.builder()
            .bucket(bucket)
            .object(key)
            .filename(file.toString())
            .overwrite(true)
            .build());
    }

    @Override
    public void createBucket(String bucket) throws Exception {
        if (!this.client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            this.client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        }
    }

    @Override
    public void close() throws Exception {
        this.client.close();
    }

}
