package dev.miniospring.internal.transport;

import java.io.IOException;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Turns a successful S3 response into a result.
 *
 * @param <T> the result type
 * @since 0.1.0
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * Reads the response.
     * @param response a response with a 2xx status
     * @return the result
     * @throws IOException on read failure
     */
    T read(ClientHttpResponse response) throws IOException;

}
