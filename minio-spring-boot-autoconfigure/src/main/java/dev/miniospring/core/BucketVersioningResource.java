package dev.miniospring.core;

import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.bucket.VersioningStatus;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.VersioningConfiguration;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * The bucket versioning operations of {@link dev.miniospring.core.MinioTemplate}
 * ({@code ?versioning}). Arguments are checked before anything is sent.
 */
final class BucketVersioningResource {

    private static final String ENABLED = "Enabled";

    private static final String SUSPENDED = "Suspended";

    private final S3Transport transport;

    /**
     * Creates the operations on a transport.
     * @param transport the transport
     */
    public BucketVersioningResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Returns the versioning state of a bucket (GetBucketVersioning).
     * @param bucket the bucket
     * @return the state; {@link VersioningStatus#OFF} when versioning was never enabled
     */
    public VersioningStatus getBucketVersioning(String bucket) {
        BucketNames.validate(bucket);
        VersioningConfiguration result = this.transport.execute(request(HttpMethod.GET, bucket).build(),
                VersioningConfiguration.class);
        String status = result.status();
        if (status == null || status.isBlank()) {
            return VersioningStatus.OFF;
        }
        return switch (status.trim()) {
            case ENABLED -> VersioningStatus.ENABLED;
            case SUSPENDED -> VersioningStatus.SUSPENDED;
            default -> throw new MinioInvalidResponseException(200,
                    "Unknown versioning status '" + status + "' of bucket " + bucket);
        };
    }

    /**
     * Enables or suspends versioning (PutBucketVersioning).
     * @param bucket the bucket
     * @param status {@link VersioningStatus#ENABLED} or
     * {@link VersioningStatus#SUSPENDED}
     */
    public void setBucketVersioning(String bucket, VersioningStatus status) {
        BucketNames.validate(bucket);
        validate(status);
        String value = (status == VersioningStatus.ENABLED) ? ENABLED : SUSPENDED;
        S3Request.Builder request = request(HttpMethod.PUT, bucket);
        this.transport.execute(XmlBodies.withDocument(request, VersioningConfiguration.of(value)).build());
    }

    /**
     * Checks a status to set before anything is sent.
     * @param status the status
     * @throws IllegalArgumentException when it is {@code null} or
     * {@link VersioningStatus#OFF}
     */
    public static void validate(VersioningStatus status) {
        Assert.notNull(status, "'status' must not be null");
        Assert.isTrue(status != VersioningStatus.OFF,
                "'status' must be ENABLED or SUSPENDED: versioning cannot be turned off once enabled");
    }

    private static S3Request.Builder request(HttpMethod method, String bucket) {
        return S3Request.builder(method).bucket(bucket).query("versioning", "");
    }

}
