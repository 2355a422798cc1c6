package dev.miniospring.internal.transport;

/**
 * Adds what the options of an operation ask for (headers, query parameters, expected
 * statuses) to a request; built once per operation call from the option appliers, applied
 * to each request it sends.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RequestDecorator {

    /**
     * Adds to a request.
     * @param request the request being built
     */
    void decorate(S3Request.Builder request);

}
