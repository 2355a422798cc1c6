package dev.miniospring.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.xml.ErrorDocument;
import dev.miniospring.internal.xml.S3Xml;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Turns a response with a status its request does not expect into an exception: S3 XML
 * error bodies keep every field (redirects also say where the server points); bodiless
 * responses (HEAD) get the code their status stands for; an unexpected success status is
 * reported without reading its body; anything else quotes the status and the start of the
 * body.
 */
final class S3ErrorDecoder {

    private static final int MAX_BODY = 64 * 1024;

    private static final int QUOTED_CHARS = 200;

    private S3ErrorDecoder() {
    }

    static MinioException decode(S3Request request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        if (response.getStatusCode().is2xxSuccessful()) {
            return unexpectedSuccess(request, status);
        }
        byte[] body = readBody(response);
        String text = new String(body, StandardCharsets.UTF_8).strip();
        HttpHeaders headers = response.getHeaders();
        if (text.isEmpty()) {
            return error(request, status, codeForStatus(request, status), null, null, headers);
        }
        if (text.startsWith("<")) {
            try {
                return error(request, status, S3Xml.read(body, ErrorDocument.class), headers);
            }
            catch (IOException ex) {
                // not an S3 error document: reported below with the start of the body
            }
        }
        return new MinioInvalidResponseException(status, "Unexpected HTTP " + status + " response to " + request
                + " (not an S3 error response): " + abbreviate(text));
    }

    private static MinioInvalidResponseException unexpectedSuccess(S3Request request, int status) {
        String ignoredRange = request.headers().containsHeader(HttpHeaders.RANGE)
                ? ": the server ignored the Range header" : "";
        return new MinioInvalidResponseException(status, "Unexpected HTTP " + status + " response to " + request
                + " (expected " + request.expectedStatuses() + ")" + ignoredRange);
    }

    static MinioErrorResponseException error(S3Request request, int status, ErrorDocument document,
            HttpHeaders headers) {
        return error(request, status, document.code(), document.message(), document, headers);
    }

    private static MinioErrorResponseException error(S3Request request, int status, String code,
            @Nullable String serverMessage, @Nullable ErrorDocument document, HttpHeaders headers) {
        String bucket = (document != null && document.bucketName() != null) ? document.bucketName() : request.bucket();
        String key = (document != null && document.key() != null) ? document.key() : request.key();
        String message = Redirects.describe(status, serverMessage, document, headers);
        return new MinioErrorResponseException(status, code, message, (document != null) ? document.resource() : null,
                (document != null) ? document.requestId() : null, (document != null) ? document.hostId() : null, bucket,
                key);
    }

    static String codeForStatus(S3Request request, int status) {
        return switch (status) {
            case 301 -> "PermanentRedirect";
            case 304 -> "NotModified";
            case 307 -> "TemporaryRedirect";
            case 400 -> "BadRequest";
            case 403 -> "AccessDenied";
            case 404 ->
                (request.key() != null) ? "NoSuchKey" : (request.bucket() != null) ? "NoSuchBucket" : "NotFound";
            case 405 -> "MethodNotAllowed";
            case 409 -> "Conflict";
            case 412 -> "PreconditionFailed";
            case 416 -> "InvalidRange";
            case 501 -> "NotImplemented";
            case 503 -> "ServiceUnavailable";
            default -> "HTTP" + status;
        };
    }

    private static byte[] readBody(ClientHttpResponse response) throws IOException {
        try (InputStream body = response.getBody()) {
            return body.readNBytes(MAX_BODY);
        }
    }

    static String abbreviate(String text) {
        String singleLine = text.replaceAll("\\s+", " ");
        return (singleLine.length() <= QUOTED_CHARS) ? singleLine : singleLine.substring(0, QUOTED_CHARS) + "...";
    }

}
