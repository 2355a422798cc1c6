package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import dev.miniospring.MinioException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.object.ChecksumAlgorithm;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.test.Allocations;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The {@link GetObjectResponse} of a GetObject answer ({@link ObjectBodyStream}) never
 * passes a body cut short off as a shorter object, whatever the HTTP client does, and
 * reads, verifies and counts a body the same way whichever read method is used.
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

    @ParameterizedTest
    @EnumSource(ChecksumAlgorithm.class)
    void singleByteReadsGiveTheBytesAndChecksumVerdictOfBulkReads(ChecksumAlgorithm algorithm) throws IOException {
        byte[] content = randomBytes(100_000);
        for (byte[] checksummed : new byte[][] { content, randomBytes(10) }) {
            String checksum = ObjectChecksumTests.checksum(algorithm, checksummed);
            Outcome bulk = outcome(verified(content, algorithm, checksum), GetObjectResponseTests::readBulk);
            Outcome single = outcome(verified(content, algorithm, checksum), GetObjectResponseTests::readByteByByte);
            assertThat(single.bytes()).isEqualTo(bulk.bytes()).isEqualTo(content);
            assertThat(single.failure()).isEqualTo(bulk.failure());
            if (checksummed == content) {
                assertThat(bulk.failure()).isNull();
            }
            else {
                assertThat(bulk.failure()).contains("does not match its " + algorithm.s3Name() + " checksum");
            }
        }
    }

    @Test
    void checksumMismatchIsThrownAgainByEveryReadAtTheEnd() throws IOException {
        byte[] content = randomBytes(1000);
        String checksum = ObjectChecksumTests.checksum(ChecksumAlgorithm.SHA256, randomBytes(10));
        try (GetObjectResponse object = verified(content, ChecksumAlgorithm.SHA256, checksum)) {
            object.readNBytes(content.length);
            String first = catchThrowable(object::read).getMessage();
            assertThat(first).contains("does not match its SHA256 checksum");
            assertThatExceptionOfType(MinioException.class).isThrownBy(object::read).withMessage(first);
            assertThatExceptionOfType(MinioException.class).isThrownBy(() -> object.read(new byte[8]))
                .withMessage(first);
        }
    }

    @Test
    void zeroLengthReadReadsNothingEvenAtTheEnd() throws IOException {
        try (GetObjectResponse object = response(new ByteArrayInputStream(new byte[10]), 10)) {
            assertThat(object.readNBytes(10)).hasSize(10);
            assertThat(object.read(new byte[4], 0, 0)).isZero();
            assertThat(object.read()).isEqualTo(-1);
        }
    }

    @Test
    void singleByteReadsAllocateNothing() throws IOException {
        byte[] content = randomBytes(1024 * 1024);
        String checksum = ObjectChecksumTests.checksum(ChecksumAlgorithm.CRC32C, content);
        try (GetObjectResponse object = verified(content, ChecksumAlgorithm.CRC32C, checksum)) {
            object.read();
            int[] read = { 1 };
            long allocated = Allocations.allocatedBy(() -> {
                while (object.read() >= 0) {
                    read[0]++;
                }
            });
            assertThat(read[0]).isEqualTo(content.length);
            assertThat(allocated).as("bytes allocated by %d reads", content.length).isLessThan(64 * 1024);
        }
    }

    @Test
    void readsAfterCloseFail() throws IOException {
        GetObjectResponse object = response(new ByteArrayInputStream(new byte[10]), 10);
        object.read();
        object.close();
        for (ThrowingCallable call : new ThrowingCallable[] { object::read, () -> object.read(new byte[4]),
                () -> object.skip(2), object::available }) {
            assertThatIOException().isThrownBy(call).withMessage("The download of bucket/key is closed");
        }
    }

    @Test
    void markAndResetAreRefusedSoThatNoByteIsCountedOrVerifiedTwice() throws IOException {
        byte[] content = randomBytes(100);
        String checksum = ObjectChecksumTests.checksum(ChecksumAlgorithm.CRC32, content);
        try (GetObjectResponse object = verified(content, ChecksumAlgorithm.CRC32, checksum)) {
            assertThat(object.markSupported()).isFalse();
            object.mark(100);
            assertThat(object.readNBytes(10)).hasSize(10);
            assertThatIOException().isThrownBy(object::reset).withMessageContaining("does not support mark and reset");
            assertThat(object.readAllBytes()).hasSize(90);
        }
    }

    private static GetObjectResponse verified(byte[] content, ChecksumAlgorithm algorithm, String checksum)
            throws IOException {
        MockClientHttpResponse response = new MockClientHttpResponse(content, HttpStatus.OK);
        response.getHeaders().setContentLength(content.length);
        response.getHeaders().setETag("\"e\"");
        response.getHeaders().set(algorithm.headerName(), checksum);
        return ObjectBodyStream.open("bucket", "key", response, ProgressListener.NONE, true);
    }

    private static Outcome outcome(GetObjectResponse object, ReadMethod method) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (object) {
            method.readInto(object, bytes);
            return new Outcome(bytes.toByteArray(), null);
        }
        catch (MinioException ex) {
            return new Outcome(bytes.toByteArray(), ex.getMessage());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void readBulk(InputStream input, ByteArrayOutputStream bytes) throws IOException {
        byte[] buffer = new byte[8192];
        for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
            bytes.write(buffer, 0, read);
        }
    }

    private static void readByteByByte(InputStream input, ByteArrayOutputStream bytes) throws IOException {
        for (int b = input.read(); b >= 0; b = input.read()) {
            bytes.write(b);
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static GetObjectResponse response(InputStream body, long contentLength) throws IOException {
        MockClientHttpResponse response = new MockClientHttpResponse(body, HttpStatus.OK);
        if (contentLength >= 0) {
            response.getHeaders().setContentLength(contentLength);
        }
        response.getHeaders().setETag("\"e\"");
        return ObjectBodyStream.open("bucket", "key", response, ProgressListener.NONE, true);
    }

    @FunctionalInterface
    private interface ReadMethod {

        void readInto(InputStream input, ByteArrayOutputStream bytes) throws IOException;

    }

    private record Outcome(byte[] bytes, String failure) {
    }

}
