package dev.miniospring.benchmarks.server;

import java.net.URI;

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
     * Tells whether the server keeps no objects, so that nothing needs to be uploaded before reading.
     * @return {@code true} for the do-nothing server
     */
    boolean stateless();

    @Override
    void close();

}
