package dev.miniospring.internal.transport;

import dev.miniospring.signing.RequestPayload;

import org.springframework.http.HttpRequest;

/**
 * Per-request signing input carried as a request attribute from the operation to the
 * signing request factory.
 *
 * @param region the region of the signing scope
 * @param payload the request body
 * @since 0.1.0
 */
public record SigningContext(String region, RequestPayload payload) {

    /**
     * The request attribute under which the context travels.
     */
    public static final String ATTRIBUTE = SigningContext.class.getName();

    static SigningContext of(HttpRequest request) {
        Object context = request.getAttributes().get(ATTRIBUTE);
        if (context instanceof SigningContext signingContext) {
            return signingContext;
        }
        throw new IllegalStateException("No " + ATTRIBUTE + " attribute on " + request.getMethod() + " request");
    }

}
