package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.miniospring.MinioTransportException;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ProgressListener;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@link GetObjectResponse} of a GetObject answer ({@link ObjectBodyStream}) never
 * passes a body cut short off as a shorter object, whatever the HTTP client does.
 */
class GetObjectResponseTests {

    @Test
    void bodyEndingBeforeContentLengthFailsInsteadOfEnding() throws IOException {
        try (GetObjectResponse object = response(new ByteArrayInputStream(new byte[100]), 1000)) {
            assertThatExceptionOfType(MinioTransportException.class).isThrownBy(object::readAllBytes)
                .withMessageContaining("bucket/key failed after 100 of 1000 bytes")
                .withMessageContaining("get the object again");
        }
    }

    @Test
    void singleByteReadsAreCountedToo() throws IOException {
        try (GetObjectResponse object = response(new ByteArrayInputStream(new byte[2]), 3)) {
            assertThat(object.read()).isZero();
            assertThat(object.skip(1)).isOne();
            assertThatExceptionOfType(MinioTransportException.class).isThrownBy(object::read)
                .withMessageContaining("after 2 of 3 bytes");
        }
    }

    @Test
    void connectionFailureMidBodyBecomesTransportException() throws IOException {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        };
        try (GetObjectResponse object = response(failing, 10)) {
            assertThatExceptionOfType(MinioTransportException.class).isThrownBy(object::readAllBytes)
                .withMessageContaining("after 0 of 10 bytes (Connection reset)")
                .withCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void completeBodyAndUnknownLengthEndNormally() throws IOException {
        try (GetObjectResponse object = response(new ByteArrayInputStream(new byte[10]), 10)) {
            assertThat(object.readAllBytes()).hasSize(10);
            assertThat(object.read()).isEqualTo(-1);
        }
        try (GetObjectResponse object = response(new ByteArrayInputStream(new byte[7]), -1)) {
            assertThat(object.readAllBytes()).hasSize(7);
        }
    }

    private static GetObjectResponse response(InputStream body, long contentLength) throws IOException {
        MockClientHttpResponse response = new MockClientHttpResponse(body, HttpStatus.OK);
        if (contentLength >= 0) {
            response.getHeaders().setContentLength(contentLength);
        }
        response.getHeaders().setETag("\"e\"");
        return ObjectBodyStream.open("bucket", "key", response, ProgressListener.NONE, true);
    }

}
