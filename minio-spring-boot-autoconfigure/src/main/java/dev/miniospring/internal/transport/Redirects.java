package dev.miniospring.internal.transport;

import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.xml.ErrorDocument;

import org.springframework.http.HttpHeaders;

/**
 * Says where a redirect (3xx) answer points: the {@code <Endpoint>} of its S3 error body
 * and the region of its {@code x-amz-bucket-region} header, as a wrong regional endpoint
 * answers.
 */
final class Redirects {

    private static final String BUCKET_REGION = "x-amz-bucket-region";

    private Redirects() {
    }

    /**
     * Returns the server's message, completed for redirects with where the server points.
     * @param status the HTTP status
     * @param message the server's message, or {@code null}
     * @param document the S3 error body, or {@code null}
     * @param headers the response headers
     * @return the message, or {@code null} when there is nothing to say
     */
    static @Nullable String describe(int status, @Nullable String message, @Nullable ErrorDocument document,
            HttpHeaders headers) {
        String endpoint = (document != null) ? document.endpoint() : null;
        String region = headers.getFirst(BUCKET_REGION);
        if (status / 100 != 3 || (endpoint == null && region == null)) {
            return message;
        }
        StringBuilder text = new StringBuilder((message != null) ? message + " " : "").append("(the server points to");
        if (endpoint != null) {
            text.append(" endpoint ").append(endpoint);
        }
        if (region != null) {
            text.append((endpoint != null) ? "," : "").append(" region ").append(region);
        }
        return text.append(": configure that endpoint and region)").toString();
    }

}
