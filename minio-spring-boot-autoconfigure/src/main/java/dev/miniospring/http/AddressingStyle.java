package dev.miniospring.http;

/**
 * How bucket names appear in request URLs.
 *
 * @since 0.1.0
 */
public enum AddressingStyle {

    /**
     * Virtual-host style for AWS S3 hosts ({@code *.amazonaws.com}), path style for every
     * other server.
     */
    AUTO,

    /**
     * Path style: {@code https://host/bucket/key}. What MinIO, Ceph and most
     * S3-compatible servers expect.
     */
    PATH,

    /**
     * Virtual-host style: {@code https://bucket.host/key}. Buckets whose names contain
     * dots still use path style over HTTPS, as their names would not match the server
     * certificate.
     */
    VIRTUAL_HOST

}
