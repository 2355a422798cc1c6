package dev.miniospring.core;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.bucket.ObjectLockConfiguration;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.ObjectLockConfigurationDocument;
import dev.miniospring.internal.xml.ObjectLockConfigurationDocument.DefaultRetention;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The object lock configuration operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code ?object-lock}). Arguments are checked before anything is sent.
 */
final class BucketObjectLockResource {

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    public BucketObjectLockResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the object lock configuration of a bucket (GetObjectLockConfiguration).
     * @param bucket the bucket
     * @return the configuration
     */
    public ObjectLockConfiguration getObjectLockConfiguration(String bucket) {
        BucketNames.validate(bucket);
        ObjectLockConfigurationDocument document = this.transport.execute(request(HttpMethod.GET, bucket).build(),
                ObjectLockConfigurationDocument.class);
        if (!ObjectLockConfigurationDocument.ENABLED.equals(document.objectLockEnabled())) {
            throw invalid(bucket, "ObjectLockEnabled is '" + document.objectLockEnabled() + "'");
        }
        return (document.rule() != null) ? configuration(bucket, document.rule().defaultRetention())
                : ObjectLockConfiguration.withoutDefaultRetention();
    }

    /**
     * Replaces the object lock configuration of a bucket (PutObjectLockConfiguration).
     * @param bucket the bucket
     * @param configuration the configuration
     */
    public void setObjectLockConfiguration(String bucket, ObjectLockConfiguration configuration) {
        BucketNames.validate(bucket);
        Assert.notNull(configuration, "'configuration' must not be null");
        ObjectLockConfigurationDocument.@Nullable Rule rule = null;
        if (configuration.mode() != null) {
            rule = new ObjectLockConfigurationDocument.Rule(
                    new DefaultRetention(configuration.mode().name(), configuration.days(), configuration.years()));
        }
        S3Request.Builder request = request(HttpMethod.PUT, bucket);
        this.transport.execute(XmlBodies.withDocument(request, ObjectLockConfigurationDocument.of(rule)).build());
    }

    private static ObjectLockConfiguration configuration(String bucket, DefaultRetention retention) {
        try {
            return new ObjectLockConfiguration(RetentionModes.parse(retention.mode()), retention.days(),
                    retention.years());
        }
        catch (IllegalArgumentException ex) {
            throw invalid(bucket, ex.getMessage());
        }
    }

    private static MinioInvalidResponseException invalid(String bucket, @Nullable String problem) {
        return new MinioInvalidResponseException(200,
                "Invalid object lock configuration of bucket " + bucket + ": " + problem);
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("object-lock", "");
    }

}
