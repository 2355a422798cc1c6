package dev.miniospring.core;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;

/**
 * Reads a configuration sub-resource (tagging, lifecycle, CORS, encryption) that a bucket
 * or object may not have, and converts it to its value, reporting a document the value
 * cannot represent as an invalid response.
 */
final class ConfigurationReads {

    private ConfigurationReads() {
    }

    /**
     * Sends a GET request for a configuration document.
     * @param <D> the document type
     * @param <V> the value type
     * @param transport the transport
     * @param request the request
     * @param document the document type
     * @param absentCode the S3 error code that means there is no configuration, such as
     * {@code NoSuchTagSet}
     * @param conversion converts the document; an {@link IllegalArgumentException} means
     * it is invalid
     * @param subject what was read, for the message, such as
     * {@code "the tags of bucket photos"}
     * @return the value, or {@code null} when the server answers {@code absentCode}
     */
    static <D, V> @Nullable V get(S3Transport transport, S3Request request, Class<D> document, String absentCode,
            Function<D, V> conversion, String subject) {
        D answer;
        try {
            answer = transport.execute(request, document);
        }
        catch (MinioErrorResponseException ex) {
            if (absentCode.equals(ex.code())) {
                return null;
            }
            throw ex;
        }
        try {
            return conversion.apply(answer);
        }
        catch (IllegalArgumentException ex) {
            throw new MinioInvalidResponseException(200, "Invalid " + subject + ": " + ex.getMessage(), ex);
        }
    }

}
