package dev.miniospring.benchmarks.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Test;

import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP and HTTPS exchanges with the do-nothing S3 server: the answers the benchmark
 * clients rely on, on kept-alive connections.
 */
class NullS3ServerTests {

    private static final long LARGE_SIZE = 5L * 1024 * 1024 + 7;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void getAnswersTheWholeObjectAndRangesOfIt() throws Exception {
        try (NullS3Server server = NullS3Server.start(LARGE_SIZE, 1024, null)) {
            HttpClient client = client(null);
            HttpResponse<byte[]> whole = client.send(request(server, "/b/large-1").build(), BodyHandlers.ofByteArray());
            HttpResponse<byte[]> range = client.send(
                    request(server, "/b/large-1").header("Range", "bytes=1048570-").build(),
                    BodyHandlers.ofByteArray());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.body()).hasSize((int) LARGE_SIZE);
            assertThat(whole.headers().firstValue("Last-Modified")).isPresent();
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.headers().firstValue("Content-Range"))
                .hasValue("bytes 1048570-" + (LARGE_SIZE - 1) + "/" + LARGE_SIZE);
            assertThat(range.body()).isEqualTo(Arrays.copyOfRange(whole.body(), 1048570, (int) LARGE_SIZE));
            assertThat(client.send(request(server, "/b/small").build(), BodyHandlers.ofByteArray()).body())
                .hasSize(4096);
        }
    }

    @Test
    void uploadsOfKnownLengthChunkedAndAfterContinueAreDrainedAndCounted() throws Exception {
        try (NullS3Server server = NullS3Server.start(LARGE_SIZE, 1024, null)) {
            HttpClient client = client(null);
            byte[] body = new byte[3 * 1024 * 1024 + 11];
            HttpRequest known = request(server, "/b/k").PUT(BodyPublishers.ofByteArray(body)).build();
            HttpRequest chunked = request(server, "/b/k")
                .PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
            HttpRequest expecting = request(server, "/b/k").expectContinue(true)
                .header("x-amz-content-sha256", "UNSIGNED-PAYLOAD")
                .header("x-amz-checksum-crc32c", "AAAAAA==")
                .PUT(BodyPublishers.ofByteArray(body))
                .build();
            for (HttpRequest put : new HttpRequest[] { known, chunked, expecting }) {
                HttpResponse<String> response = client.send(put, BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("ETag")).isPresent();
            }
            String modes = client.send(request(server, NullS3Server.MODES_PATH).build(), BodyHandlers.ofString())
                .body();
            assertThat(modes).contains("content-sha256=absent | uploads=2")
                .contains("content-sha256=UNSIGNED-PAYLOAD | header=x-amz-checksum-crc32c | uploads=1");
        }
    }

    @Test
    void headListingsMultipartAndDeleteAnswerAsS3() throws Exception {
        try (NullS3Server server = NullS3Server.start(LARGE_SIZE, 1024, null)) {
            HttpClient client = client(null);
            HttpResponse<String> head = client.send(
                    request(server, "/b/large").method("HEAD", BodyPublishers.noBody()).build(),
                    BodyHandlers.ofString());
            assertThat(head.headers().firstValue("Content-Length")).hasValue(Long.toString(LARGE_SIZE));
            assertThat(get(client, server, "/b?list-type=2")).contains("<NextContinuationToken>page-1<")
                .contains("<Key>list/k0099</Key>");
            assertThat(get(client, server, "/b?list-type=2&continuation-token=page-9"))
                .contains("<IsTruncated>false</IsTruncated>")
                .contains("<Key>list/k0999</Key>");
            assertThat(get(client, server, "/b?marker=list%2Fk0099")).contains("<Key>list/k0100</Key>");
            assertThat(client
                .send(request(server, "/b/k?uploads").POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString())
                .body()).contains("<UploadId>upload-1</UploadId>");
            assertThat(client
                .send(request(server, "/b/k?uploadId=upload-1")
                    .POST(BodyPublishers.ofString("<CompleteMultipartUpload/>"))
                    .build(), BodyHandlers.ofString())
                .body()).contains("<CompleteMultipartUploadResult");
            assertThat(client.send(request(server, "/b/k").DELETE().build(), BodyHandlers.ofString()).statusCode())
                .isEqualTo(204);
        }
    }

    @Test
    void httpsServesTheSameAnswers() throws Exception {
        try (SelfSignedCertificate certificate = SelfSignedCertificate.generate();
                NullS3Server server = NullS3Server.start(LARGE_SIZE, 1024, serverContext(certificate))) {
            HttpClient client = client(certificate.clientContext());
            HttpResponse<byte[]> range = client.send(request(server, "/b/large").header("Range", "bytes=0-99").build(),
                    BodyHandlers.ofByteArray());
            HttpResponse<String> put = client.send(
                    request(server, "/b/k").PUT(BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build(),
                    BodyHandlers.ofString());
            assertThat(server.endpoint().getScheme()).isEqualTo("https");
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.body()).hasSize(100);
            assertThat(put.statusCode()).isEqualTo(200);
            assertThat(get(client, server, "/b?list-type=2")).contains("<KeyCount>100</KeyCount>");
        }
    }

    private static SSLContext serverContext(SelfSignedCertificate certificate)
            throws IOException, GeneralSecurityException {
        return SelfSignedCertificate.serverContext(certificate.keyStore(), certificate.password());
    }

    private static HttpClient client(SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    private static HttpRequest.Builder request(NullS3Server server, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.endpoint() + pathAndQuery)).timeout(TIMEOUT);
    }

    private static String get(HttpClient client, NullS3Server server, String pathAndQuery) throws Exception {
        HttpResponse<String> response = client.send(request(server, pathAndQuery).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

}
