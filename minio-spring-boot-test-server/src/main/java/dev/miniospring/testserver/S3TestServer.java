package dev.miniospring.testserver;

import java.net.URI;

/**
 * A real S3 server started for tests on a loopback address: its endpoint and the
 * credentials it accepts.
 *
 * @since 0.1.0
 */
public interface S3TestServer extends AutoCloseable {

    /**
     * Returns the server's base URL, e.g. {@code http://127.0.0.1:41234}.
     * @return the endpoint
     */
    URI endpoint();

    /**
     * Returns the access key the server accepts.
     * @return the access key
     */
    String accessKey();

    /**
     * Returns the secret key the server accepts.
     * @return the secret key
     */
    String secretKey();

    /**
     * Stops the server and every process it started.
     */
    @Override
    void close();

}
