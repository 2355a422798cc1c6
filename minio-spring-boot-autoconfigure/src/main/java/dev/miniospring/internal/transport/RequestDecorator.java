package dev.miniospring.internal.transport;

/**
 * Adds what the options of an operation ask for (headers, query parameters, expected statuses) to a request; built
 * once per operation call from the option appliers, applied to each request it sends.
 */
@FunctionalInterface
public interface RequestDecorator {

    /**
     * A decorator that adds nothing.
     */
    RequestDecorator NONE = (request) -> {
    };

    /**
     * Adds to a request.
     * @param request the request being built
     */
    void decorate(S3Request.Builder request);

    /**
     * Returns a decorator that applies this one, then another.
     * @param next the decorator applied after this one
     * @return the combined decorator
     */
    default RequestDecorator andThen(RequestDecorator next) {
        return (request) -> {
            decorate(request);
            next.decorate(request);
        };
    }

}
