package dev.miniospring.notification;

/**
 * Names of common S3 and MinIO bucket events; any other name starting with {@code s3:}
 * may be used as well.
 *
 * @since 0.1.0
 */
public final class NotificationEvents {

    /** Every object creation. */
    public static final String OBJECT_CREATED_ALL = "s3:ObjectCreated:*";

    /** Object created by PutObject. */
    public static final String OBJECT_CREATED_PUT = "s3:ObjectCreated:Put";

    /** Object created by a POST form upload. */
    public static final String OBJECT_CREATED_POST = "s3:ObjectCreated:Post";

    /** Object created by CopyObject. */
    public static final String OBJECT_CREATED_COPY = "s3:ObjectCreated:Copy";

    /** Object created by completing a multipart upload. */
    public static final String OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD = "s3:ObjectCreated:CompleteMultipartUpload";

    /** Every object removal. */
    public static final String OBJECT_REMOVED_ALL = "s3:ObjectRemoved:*";

    /** Object deleted. */
    public static final String OBJECT_REMOVED_DELETE = "s3:ObjectRemoved:Delete";

    /** Delete marker created in a versioned bucket. */
    public static final String OBJECT_REMOVED_DELETE_MARKER_CREATED = "s3:ObjectRemoved:DeleteMarkerCreated";

    /** Every object read (MinIO). */
    public static final String OBJECT_ACCESSED_ALL = "s3:ObjectAccessed:*";

    /** Object read by GetObject (MinIO). */
    public static final String OBJECT_ACCESSED_GET = "s3:ObjectAccessed:Get";

    /** Object read by HeadObject (MinIO). */
    public static final String OBJECT_ACCESSED_HEAD = "s3:ObjectAccessed:Head";

    /** Reduced-redundancy object lost (AWS). */
    public static final String REDUCED_REDUNDANCY_LOST_OBJECT = "s3:ReducedRedundancyLostObject";

    private NotificationEvents() {
    }

}
