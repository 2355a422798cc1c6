package dev.miniospring.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;

import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.xml.ErrorDocument;
import dev.miniospring.internal.xml.InvalidXmlException;
import dev.miniospring.internal.xml.S3Xml;

import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads responses with an expected status, failing closed: what a reader cannot make of
 * the server's data (a malformed date, number or name, reported by Java as
 * {@link IllegalArgumentException} or {@link DateTimeException}) and a body that is not
 * the S3 document expected are a {@link MinioInvalidResponseException} naming the request
 * and the status; an S3 {@code <Error>} document sent with a 2xx status (as
 * CompleteMultipartUpload and CopyObject may) is an
 * {@link dev.miniospring.MinioErrorResponseException}.
 *
 * @since 0.1.0
 */
public final class ResponseReaders {

    private static final int QUOTED_BYTES = 256;

    private ResponseReaders() {
    }

    /**
     * Runs a reader on a response.
     * @param <T> the result type
     * @param request the request the response answers
     * @param response the response, with a status the request expects
     * @param reader the reader
     * @return the result
     * @throws IOException when reading the body fails
     */
    public static <T> T read(S3Request request, ClientHttpResponse response, ResponseReader<T> reader)
            throws IOException {
        try {
            return reader.read(response);
        }
        catch (IllegalArgumentException | DateTimeException ex) {
            throw invalid(request, response, (ex.getMessage() != null) ? ex.getMessage() : ex.toString(), ex);
        }
    }

    /**
     * Reads the S3 XML document of a response.
     * @param <T> the document type
     * @param request the request the response answers
     * @param response the response, with a status the request expects
     * @param type the document type
     * @return the document
     * @throws IOException when reading the body fails
     */
    public static <T> T readXml(S3Request request, ClientHttpResponse response, Class<T> type) throws IOException {
        BodyStart body = new BodyStart(response.getBody());
        Object document;
        try {
            document = S3Xml.readOrError(body, type);
        }
        catch (InvalidXmlException ex) {
            throw invalid(request, response, ex.getMessage() + "; the body starts with: " + body.text(), ex);
        }
        if (document instanceof ErrorDocument error) {
            throw S3ErrorDecoder.error(request, response.getStatusCode().value(), error, response.getHeaders());
        }
        return type.cast(document);
    }

    private static MinioInvalidResponseException invalid(S3Request request, ClientHttpResponse response, String problem,
            Throwable cause) throws IOException {
        int status = response.getStatusCode().value();
        return new MinioInvalidResponseException(status,
                "Invalid response to " + request + " (HTTP " + status + "): " + problem, cause);
    }

    /**
     * Keeps the first bytes read from a body, to quote them when it turns out not to be
     * what was expected.
     */
    private static final class BodyStart extends FilterInputStream {

        private final ByteArrayOutputStream start = new ByteArrayOutputStream(QUOTED_BYTES);

        BodyStart(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0 && this.start.size() < QUOTED_BYTES) {
                this.start.write(read);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                this.start.write(buffer, offset, Math.min(read, QUOTED_BYTES - this.start.size()));
            }
            return read;
        }

        String text() {
            String text = this.start.toString(StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "(empty)" : S3ErrorDecoder.abbreviate(text);
        }

    }

}
