package dev.miniospring.core;

import dev.miniospring.bucket.LifecycleConfiguration;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.LifecycleConfigurationDocument;

import org.springframework.http.HttpMethod;

/**
 * The bucket lifecycle operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code /bucket?lifecycle}). Arguments are checked before anything is sent.
 */
final class BucketLifecycleResource {

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    BucketLifecycleResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the lifecycle configuration of a bucket (GetBucketLifecycleConfiguration).
     * @param bucket the bucket
     * @return the configuration, empty when the bucket has none
     * ({@code NoSuchLifecycleConfiguration})
     */
    LifecycleConfiguration getBucketLifecycle(String bucket) {
        BucketNames.validate(bucket);
        LifecycleConfiguration lifecycle = ConfigurationReads.get(this.transport,
                request(HttpMethod.GET, bucket).build(), LifecycleConfigurationDocument.class,
                "NoSuchLifecycleConfiguration", LifecycleXml::fromDocument,
                "lifecycle configuration of bucket " + bucket);
        return (lifecycle != null) ? lifecycle : LifecycleConfiguration.empty();
    }

    /**
     * Replaces the lifecycle configuration of a bucket (PutBucketLifecycleConfiguration).
     * @param bucket the bucket
     * @param lifecycle the configuration
     */
    void setBucketLifecycle(String bucket, LifecycleConfiguration lifecycle) {
        BucketNames.validate(bucket);
        LifecycleRules.validate(lifecycle);
        S3Request.Builder request = request(HttpMethod.PUT, bucket);
        this.transport.execute(XmlBodies.withDocument(request, LifecycleXml.toDocument(lifecycle)).build());
    }

    /**
     * Removes the lifecycle configuration of a bucket (DeleteBucketLifecycle).
     * @param bucket the bucket
     */
    void deleteBucketLifecycle(String bucket) {
        BucketNames.validate(bucket);
        this.transport.execute(request(HttpMethod.DELETE, bucket).build());
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("lifecycle", "");
    }

}
