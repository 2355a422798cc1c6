package dev.miniospring.presign;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.ObjectEncryption;
import dev.miniospring.object.ObjectEncryption.Type;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.object.StatObjectResponse;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presigned requests for objects encrypted with a customer key (SSE-C), used by a plain
 * JDK {@link HttpClient} that sends the returned headers. Ceph RGW only: S3Proxy has no
 * server-side encryption, so it cannot refuse a GET without the key. RGW accepts SSE-C
 * over plain http because the launcher sets {@code rgw crypt require ssl = false}.
 */
@CephRgwTest
class PresignedRequestIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final CustomerKey KEY = key((byte) 3);

    private static final CustomerKey OTHER_KEY = key((byte) 4);

    private static final Duration EXPIRY = Duration.ofMinutes(5);

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.template = S3ServerExtension.templateBuilder(server)
            .region("us-east-1")
            .allowCustomerKeysOverHttp(true)
            .build();
        this.bucket = UniqueBucketNames.unique("presign-ssec");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void presignedPutAndGetWithTheCustomerKeyHeadersRoundTrip() throws Exception {
        byte[] content = randomBytes(30_000);
        PresignedRequest put = this.template.presignedPutObjectRequest(this.bucket, "secret.bin", EXPIRY,
                PutObjectOptions.none()
                    .withContentType("application/pdf")
                    .withMetadata(Map.of("owner", "ann"))
                    .withEncryption(KEY));
        assertThat(send(put, put.headers(), BodyPublishers.ofByteArray(content)).statusCode()).isEqualTo(200);
        StatObjectResponse stat = this.template.statObject(this.bucket, "secret.bin",
                StatObjectOptions.none().withCustomerKey(KEY));
        assertThat(stat.contentType()).isEqualTo("application/pdf");
        assertThat(stat.userMetadata()).containsEntry("owner", "ann");
        assertThat(stat.encryption()).isEqualTo(new ObjectEncryption(Type.CUSTOMER_KEY, null, KEY.base64KeyMd5()));
        PresignedRequest get = presignedGet("secret.bin");
        HttpResponse<byte[]> response = send(get, get.headers(), BodyPublishers.noBody());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
    }

    @Test
    void presignedGetWithoutTheCustomerKeyHeadersIsRefused() throws Exception {
        putEncrypted("secret.txt");
        PresignedRequest get = presignedGet("secret.txt");
        HttpResponse<byte[]> response = send(get, Map.of(), BodyPublishers.noBody());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(body(response)).contains("SignatureDoesNotMatch").doesNotContain("secret content");
    }

    @Test
    void presignedGetWithAnotherKeyIsRefusedBecauseTheKeyIsSigned() throws Exception {
        putEncrypted("secret.txt");
        PresignedRequest get = presignedGet("secret.txt");
        Map<String, String> otherKey = new LinkedHashMap<>(get.headers());
        otherKey.put("x-amz-server-side-encryption-customer-key", OTHER_KEY.base64Key());
        otherKey.put("x-amz-server-side-encryption-customer-key-MD5", OTHER_KEY.base64KeyMd5());
        HttpResponse<byte[]> response = send(get, otherKey, BodyPublishers.noBody());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(body(response)).contains("SignatureDoesNotMatch").doesNotContain("secret content");
    }

    @Test
    void presignedPutWithoutItsHeadersStoresNothing() throws Exception {
        PresignedRequest put = this.template.presignedPutObjectRequest(this.bucket, "never.bin", EXPIRY,
                PutObjectOptions.none().withEncryption(KEY));
        HttpResponse<byte[]> response = send(put, Map.of(), BodyPublishers.ofByteArray(randomBytes(100)));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(this.template.objectExists(this.bucket, "never.bin")).isFalse();
    }

    private PresignedRequest presignedGet(String key) {
        return this.template.presignedGetObjectRequest(this.bucket, key, EXPIRY,
                GetObjectOptions.none().withCustomerKey(KEY));
    }

    private void putEncrypted(String key) throws Exception {
        PresignedRequest put = this.template.presignedPutObjectRequest(this.bucket, key, EXPIRY,
                PutObjectOptions.none().withEncryption(KEY));
        BodyPublisher content = BodyPublishers.ofString("secret content");
        assertThat(send(put, put.headers(), content).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<byte[]> send(PresignedRequest request, Map<String, String> headers, BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.url()).method(request.method().name(), body);
        headers.forEach(builder::header);
        return HTTP.send(builder.build(), BodyHandlers.ofByteArray());
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static CustomerKey key(byte value) {
        byte[] key = new byte[32];
        Arrays.fill(key, value);
        return ServerSideEncryption.customerKey(key);
    }

}
