package dev.miniospring.signing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.miniospring.http.AddressingStyle;
import dev.miniospring.internal.transport.S3Endpoint;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request with a repeated query parameter (MinIO's listen {@code events=..&events=..})
 * is signed as the SigV4 specification and MinIO canonicalize it: parameters sorted by
 * name, each value kept. Computed here by hand, because S3Proxy signs only the first
 * value of a repeated parameter and cannot check it.
 */
class RepeatedQueryParameterSignatureTests {

    private static final MinioCredentials CREDENTIALS = new MinioCredentials("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void signsEveryValueOfARepeatedParameter() throws Exception {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("events", "s3:ObjectCreated:*");
        query.add("events", "s3:ObjectRemoved:*");
        query.add("prefix", "photos/");
        query.add("ping", "10");
        URI uri = S3Endpoint.of("http://localhost:9000", AddressingStyle.PATH).uri("bucket", null, query);
        assertThat(uri).hasToString("http://localhost:9000/bucket?events=s3%3AObjectCreated%3A%2A"
                + "&events=s3%3AObjectRemoved%3A%2A&prefix=photos%2F&ping=10");
        AwsV4RequestSigner signer = new AwsV4RequestSigner(
                Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
        HttpHeaders signed = signer.sign(new SigningRequest(HttpMethod.GET, uri, new HttpHeaders(),
                RequestPayload.empty(), CREDENTIALS, "us-east-1"));
        String canonicalRequest = String.join("\n", "GET", "/bucket",
                "events=s3%3AObjectCreated%3A%2A&events=s3%3AObjectRemoved%3A%2A&ping=10&prefix=photos%2F",
                "host:localhost:9000", "x-amz-content-sha256:" + EMPTY_SHA256, "x-amz-date:20261127T100000Z", "",
                "host;x-amz-content-sha256;x-amz-date", EMPTY_SHA256);
        String stringToSign = String.join("\n", "AWS4-HMAC-SHA256", "20261127T100000Z",
                "20261127/us-east-1/s3/aws4_request",
                hex(MessageDigest.getInstance("SHA-256").digest(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        byte[] key = ("AWS4" + CREDENTIALS.secretKey()).getBytes(StandardCharsets.UTF_8);
        for (String part : new String[] { "20261127", "us-east-1", "s3", "aws4_request" }) {
            key = hmac(key, part);
        }
        assertThat(signed.getFirst("Authorization")).endsWith("Signature=" + hex(hmac(key, stringToSign)));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

}
