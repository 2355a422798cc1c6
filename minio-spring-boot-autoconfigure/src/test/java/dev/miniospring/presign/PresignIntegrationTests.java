package dev.miniospring.presign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.AddressingStyle;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.transport.SigningClientHttpRequestFactory;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.RequestPayload;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presigned URLs and POST forms used by a plain, non-signing HTTP client against a real,
 * signature-verifying S3 server (S3Proxy; Ceph RGW too with -Pceph).
 */
@S3ServerTest
class PresignIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private S3TestServer server;

    private S3Transport transport;

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.template = S3ServerExtension.templateBuilder(server).region("us-east-1").build();
        RestClient restClient = RestClient.builder()
            .requestFactory(new SigningClientHttpRequestFactory(new JdkClientHttpRequestFactory(),
                    new AwsV4RequestSigner(), new MinioCredentials(server.accessKey(), server.secretKey())))
            .build();
        this.transport = new S3Transport(restClient, S3Endpoint.of(server.endpoint().toString(), AddressingStyle.PATH),
                "us-east-1");
        this.bucket = UniqueBucketNames.unique("presign");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void presignedGetDownloadsTheObject() throws Exception {
        byte[] content = randomBytes(10_000);
        putObject("docs/report.bin", content);
        HttpResponse<byte[]> response = send(get(this.template.presignedGetObject(this.bucket, "docs/report.bin")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
    }

    @Test
    void presignedPutUploadsTheObject() throws Exception {
        byte[] content = randomBytes(20_000);
        String url = this.template.presignedPutObject(this.bucket, "uploads/data.bin", Duration.ofMinutes(5));
        assertThat(send(put(url, content)).statusCode()).isEqualTo(200);
        assertThat(getObject("uploads/data.bin")).isEqualTo(content);
    }

    @Test
    void presignedPutRequestStoresItsSignedContentTypeAndMetadata() throws Exception {
        PresignedRequest request = this.template.presignedPutObjectRequest(this.bucket, "signed.pdf",
                Duration.ofMinutes(5),
                PutObjectOptions.none().withContentType("application/pdf").withMetadata(Map.of("owner", "ann")));
        byte[] content = randomBytes(1_000);
        Map<String, String> otherType = new LinkedHashMap<>(request.headers());
        otherType.put("Content-Type", "text/html");
        assertThat(send(put(request, otherType, content)).statusCode()).isEqualTo(403);
        assertThat(send(put(request, request.headers(), content)).statusCode()).isEqualTo(200);
        HttpHeaders stored = headObject("signed.pdf");
        assertThat(stored.getContentType()).hasToString("application/pdf");
        assertThat(stored.getFirst("x-amz-meta-owner")).isEqualTo("ann");
        assertThat(getObject("signed.pdf")).isEqualTo(content);
    }

    @Test
    void presignedUrlIsRefusedAfterItsExpiry() throws Exception {
        putObject("short-lived.txt", "soon gone".getBytes(StandardCharsets.UTF_8));
        String url = this.template.presignedGetObject(this.bucket, "short-lived.txt", Duration.ofSeconds(2));
        assertThat(send(get(url)).statusCode()).isEqualTo(200);
        assertThat(pollUntilRefused(() -> get(url))).isEqualTo(403);
    }

    @Test
    void presignedUrlIsBoundToItsKey() throws Exception {
        putObject("mine.txt", "mine".getBytes(StandardCharsets.UTF_8));
        putObject("other.txt", "other".getBytes(StandardCharsets.UTF_8));
        String getUrl = this.template.presignedGetObject(this.bucket, "mine.txt", Duration.ofMinutes(5));
        assertThat(send(get(getUrl.replace("/mine.txt?", "/other.txt?"))).statusCode()).isEqualTo(403);
        String putUrl = this.template.presignedPutObject(this.bucket, "mine.txt", Duration.ofMinutes(5));
        byte[] content = "overwrite".getBytes(StandardCharsets.UTF_8);
        assertThat(send(put(putUrl.replace("/mine.txt?", "/other.txt?"), content)).statusCode()).isEqualTo(403);
        assertThat(getObject("other.txt")).asString(StandardCharsets.UTF_8).isEqualTo("other");
    }

    @Test
    void responseHeaderOverridesAppearInTheResponse() throws Exception {
        putObject("report.pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        Map<String, String> overrides = Map.of("response-content-type", "application/pdf",
                "response-content-disposition", "attachment; filename=\"monthly report.pdf\"", "response-cache-control",
                "no-store");
        String url = this.template.presignedGetObject(this.bucket, "report.pdf", Duration.ofMinutes(5), overrides);
        HttpResponse<byte[]> response = send(get(url));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
            .hasValue("attachment; filename=\"monthly report.pdf\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void keysWithOddCharactersWorkInPresignedUrls() throws Exception {
        for (String key : List.of("dir/with space.txt", "unicode/é漢字.txt", "plus+sign.txt", "q?a=b&c=d;e%f.txt")) {
            byte[] content = key.getBytes(StandardCharsets.UTF_8);
            String putUrl = this.template.presignedPutObject(this.bucket, key, Duration.ofMinutes(5));
            assertThat(send(put(putUrl, content)).statusCode()).as(key).isEqualTo(200);
            assertThat(getObject(key)).as(key).isEqualTo(content);
            HttpResponse<byte[]> response = send(get(this.template.presignedGetObject(this.bucket, key)));
            assertThat(response.statusCode()).as(key).isEqualTo(200);
            assertThat(response.body()).as(key).isEqualTo(content);
        }
    }

    @Test
    void postFormUploadWithinThePolicySucceeds() throws Exception {
        PresignedPostForm form = this.template.presignedPostPolicy(uploadsPolicy(Instant.now().plusSeconds(300)));
        HttpResponse<byte[]> response = send(postForm(form, "uploads/hello.txt", "text/plain", "hello, form"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(getObject("uploads/hello.txt")).asString(StandardCharsets.UTF_8).isEqualTo("hello, form");
        assertThat(headObject("uploads/hello.txt").getFirst("x-amz-meta-owner")).isEqualTo("alice");
    }

    @Test
    void postFormUploadOutsideThePolicyIsRefused() throws Exception {
        PresignedPostForm form = this.template.presignedPostPolicy(uploadsPolicy(Instant.now().plusSeconds(300)));
        assertRefused(send(postForm(form, "elsewhere/a.txt", "text/plain", "wrong prefix")), 403,
                violated("[\"starts-with\", \"$key\", \"uploads/\"]", "starts-with: $key, uploads/"));
        assertRefused(send(postForm(form, "uploads/b.txt", "text/plain", "x".repeat(101))), 400, "EntityTooLarge");
        assertRefused(send(postForm(form, "uploads/c.png", "image/png", "wrong type")), 403,
                violated("\"text/\"]", "starts-with: $Content-Type, text/"));
        PresignedPostForm tampered = withField(form, "x-amz-meta-owner", "mallory");
        assertRefused(send(postForm(tampered, "uploads/d.txt", "text/plain", "tampered")), 403, "x-amz-meta-owner");
        PresignedPostForm forged = withField(form, "x-amz-signature", "0".repeat(64));
        assertThat(send(postForm(forged, "uploads/e.txt", "text/plain", "forged")).statusCode()).isEqualTo(403);
        for (String key : List.of("elsewhere/a.txt", "uploads/b.txt", "uploads/c.png", "uploads/d.txt",
                "uploads/e.txt")) {
            assertThat(objectExists(key)).as(key).isFalse();
        }
    }

    @Test
    void postFormUploadIsRefusedAfterThePolicyExpires() throws Exception {
        PresignedPostForm form = this.template.presignedPostPolicy(uploadsPolicy(Instant.now().plusSeconds(2)));
        assertThat(send(postForm(form, "uploads/early.txt", "text/plain", "in time")).statusCode()).isEqualTo(201);
        assertThat(pollUntilRefused(() -> postForm(form, "uploads/late.txt", "text/plain", "too late"))).isEqualTo(403);
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String messageFragment) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains(messageFragment);
    }

    private String violated(String s3ProxyMessage, String cephRgwMessage) {
        return (this.server instanceof CephRgwServer) ? cephRgwMessage : s3ProxyMessage;
    }

    private static PresignedPostForm withField(PresignedPostForm form, String name, String value) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put(name, value);
        return new PresignedPostForm(form.url(), fields);
    }

    private PostPolicy uploadsPolicy(Instant expiration) {
        return PostPolicy.builder()
            .bucket(this.bucket)
            .keyStartsWith("uploads/")
            .contentTypeStartsWith("text/")
            .contentLengthRange(1, 100)
            .condition("success_action_status", "201")
            .condition("x-amz-meta-owner", "alice")
            .expiration(expiration)
            .build();
    }

    private static int pollUntilRefused(Supplier<HttpRequest> request) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status = send(request.get()).statusCode();
        while (status < 400 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = send(request.get()).statusCode();
        }
        return status;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static HttpRequest put(String url, byte[] content) {
        return HttpRequest.newBuilder(URI.create(url)).PUT(BodyPublishers.ofByteArray(content)).build();
    }

    private static HttpRequest put(PresignedRequest request, Map<String, String> headers, byte[] content) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.url()).PUT(BodyPublishers.ofByteArray(content));
        headers.forEach(builder::header);
        return builder.build();
    }

    private static HttpRequest postForm(PresignedPostForm form, String key, String contentType, String content) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("key", key);
        fields.put("Content-Type", contentType);
        String boundary = "----presign" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(form.url()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, BodyHandlers.ofByteArray());
    }

    private void putObject(String key, byte[] content) {
        this.transport.execute(S3Request.builder(HttpMethod.PUT)
            .bucket(this.bucket)
            .key(key)
            .payload(RequestPayload.of(content))
            .build());
    }

    private byte[] getObject(String key) {
        return this.transport.execute(S3Request.builder(HttpMethod.GET).bucket(this.bucket).key(key).build(),
                (response) -> response.getBody().readAllBytes());
    }

    private HttpHeaders headObject(String key) {
        return this.transport.execute(S3Request.builder(HttpMethod.HEAD).bucket(this.bucket).key(key).build());
    }

    private boolean objectExists(String key) {
        S3Request list = S3Request.builder(HttpMethod.GET).bucket(this.bucket).query("prefix", key).build();
        return this.transport
            .execute(list, (response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))
            .contains("<Key>" + key + "</Key>");
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

}
