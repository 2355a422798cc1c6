package dev.miniospring.benchmarks.server;

import java.net.URI;

import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

/**
 * An S3 server the benchmark drives.
 */
public interface BenchmarkServer extends AutoCloseable {

    /**
     * Returns the name shown in the report.
     * @return the name
     */
    String name();

    /**
     * Returns the endpoint URL.
     * @return the URL
     */
    URI endpoint();

    /**
     * Returns the access key it accepts.
     * @return the access key
     */
    String accessKey();

    /**
     * Returns the secret key it accepts.
     * @return the secret key
     */
    String secretKey();

    /**
     * Returns the self-signed certificate of an HTTPS server, which its clients are to
     * trust.
     * @return the certificate, or {@code null} for an HTTP server
     */
    SelfSignedCertificate certificate();

    /**
     * Tells whether the server keeps no objects, so that nothing needs to be uploaded
     * before reading.
     * @return {@code true} for the do-nothing server
     */
    boolean stateless();

    /**
     * Returns the CPU time the server's process has used so far, when it runs in a
     * process of its own that can be measured.
     * @return the CPU time in nanoseconds, or {@code -1} when not known
     */
    default long cpuNanos() {
        return -1;
    }

    @Override
    void close();

}
