package dev.miniospring.benchmarks.clients;

import java.io.InputStream;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.messages.Item;

import dev.miniospring.benchmarks.Drain;

/**
 * The MinIO Java SDK ({@code io.minio:minio}) on its default OkHttp client.
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
        MinioClient client = MinioClient.builder()
            .endpoint(settings.endpoint().toString())
            .credentials(settings.accessKey(), settings.secretKey())
            .region(ClientSettings.REGION)
            .build();
        return new MinioSdkClient(client, settings.partSize());
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
        this.client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(data, size, this.partSize)
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
