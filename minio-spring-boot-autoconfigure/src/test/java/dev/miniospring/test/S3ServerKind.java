package dev.miniospring.test;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The real S3 server the integration tests of a run use, chosen by the system property
 * {@value #PROPERTY} ({@code s3proxy} by default, {@code ceph-rgw} in the {@code ceph}
 * Maven profile's second test execution).
 */
public enum S3ServerKind {

    /**
     * S3Proxy, started from Maven Central artifacts: needs only a JDK.
     */
    S3PROXY("s3proxy"),

    /**
     * Ceph RGW, started from the Debian packages {@code radosgw}, {@code ceph-mon} and
     * {@code ceph-osd}.
     */
    CEPH_RGW("ceph-rgw");

    /**
     * The system property naming the server.
     */
    public static final String PROPERTY = "minio.test.server";

    private final String id;

    S3ServerKind(String id) {
        this.id = id;
    }

    /**
     * Returns the server chosen for this run.
     * @return the server kind
     * @throws IllegalStateException when the property names no known server
     */
    public static S3ServerKind selected() {
        String id = System.getProperty(PROPERTY, S3PROXY.id);
        return Arrays.stream(values())
            .filter((kind) -> kind.id.equals(id))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Unknown " + PROPERTY + " '" + id + "': use one of "
                    + Arrays.stream(values()).map((kind) -> kind.id).collect(Collectors.joining(", "))));
    }

}
