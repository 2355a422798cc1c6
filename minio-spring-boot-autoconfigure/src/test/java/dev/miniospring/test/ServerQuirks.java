package dev.miniospring.test;

import dev.miniospring.testserver.CephRgwServer;
import dev.miniospring.testserver.S3ProxyServer;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test on a server known to behave differently there, with a reason naming the
 * difference (the servers' quirks are listed in the README of
 * {@code minio-spring-boot-test-server}).
 */
public final class ServerQuirks {

    private ServerQuirks() {
    }

    /**
     * Skips the test on Ceph RGW.
     * @param server the server of the run
     * @param reason what RGW does instead
     */
    public static void assumeNotCephRgw(S3TestServer server, String reason) {
        Assumptions.assumeFalse(server instanceof CephRgwServer, () -> "Skipped on Ceph RGW: " + reason);
    }

    /**
     * Skips the test on S3Proxy.
     * @param server the server of the run
     * @param reason what S3Proxy does instead
     */
    public static void assumeNotS3Proxy(S3TestServer server, String reason) {
        Assumptions.assumeFalse(server instanceof S3ProxyServer, () -> "Skipped on S3Proxy: " + reason);
    }

}
