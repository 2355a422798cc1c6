package dev.miniospring.signing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import dev.miniospring.http.AddressingStyle;
import dev.miniospring.internal.transport.S3Endpoint;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AwsV4RequestSigner} against the worked examples of the AWS S3 documentation
 * ("Signature Calculations for the Authorization Header: Transferring Payload in a Single
 * Chunk").
 */
class AwsV4RequestSignerTests {

    private static final MinioCredentials EXAMPLE_CREDENTIALS = new MinioCredentials("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    private static final Clock EXAMPLE_CLOCK = Clock.fixed(Instant.parse("2013-05-24T00:00:00Z"), ZoneOffset.UTC);

    private static final S3Endpoint AWS = S3Endpoint.of("https://s3.amazonaws.com", AddressingStyle.AUTO);

    private final AwsV4RequestSigner signer = new AwsV4RequestSigner(EXAMPLE_CLOCK);

    @Test
    void signsGetObjectExample() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Range", "bytes=0-9");
        HttpHeaders signed = this.signer.sign(request(HttpMethod.GET, "test.txt", headers, RequestPayload.empty()));
        assertThat(signed.getFirst("Authorization"))
            .isEqualTo("AWS4-HMAC-SHA256 " + "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                    + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                    + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        assertThat(signed.getFirst("x-amz-date")).isEqualTo("20130524T000000Z");
        assertThat(signed.getFirst("x-amz-content-sha256"))
            .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(signed.containsHeader("Host")).isFalse();
    }

    @Test
    void signsPutObjectExampleWithEncodedKeyAndPayloadHash() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.set("x-amz-storage-class", "REDUCED_REDUNDANCY");
        RequestPayload payload = RequestPayload.of("Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8));
        HttpHeaders signed = this.signer.sign(request(HttpMethod.PUT, "test$file.text", headers, payload));
        assertThat(signed.getFirst("Authorization"))
            .isEqualTo("AWS4-HMAC-SHA256 " + "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                    + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, "
                    + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
        assertThat(signed.getFirst("x-amz-content-sha256"))
            .isEqualTo("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    }

    @Test
    void leavesTransportAndTracingHeadersUnsigned() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Range", "bytes=0-9");
        headers.set("User-Agent", "some-client/1.0");
        headers.set("Accept-Encoding", "gzip");
        headers.set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        headers.set("Content-Length", "0");
        HttpHeaders signed = this.signer.sign(request(HttpMethod.GET, "test.txt", headers, RequestPayload.empty()));
        assertThat(signed.getFirst("Authorization"))
            .contains("SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ")
            .endsWith("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void sendsOneShotStreamsAsUnsignedPayload() {
        RequestPayload payload = RequestPayload.unsigned(new java.io.ByteArrayInputStream(new byte[10]), 10);
        HttpHeaders signed = this.signer.sign(request(HttpMethod.PUT, "stream.bin", new HttpHeaders(), payload));
        assertThat(signed.getFirst("x-amz-content-sha256")).isEqualTo("UNSIGNED-PAYLOAD");
        assertThat(signed.getFirst("Authorization")).contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date, ");
    }

    private static SigningRequest request(HttpMethod method, String key, HttpHeaders headers, RequestPayload payload) {
        URI uri = AWS.uri("examplebucket", key, Map.of());
        return new SigningRequest(method, uri, headers, payload, EXAMPLE_CREDENTIALS, "us-east-1");
    }

}
