package dev.miniospring.sample;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Drives the sample over HTTP against its embedded S3 server: streamed uploads and
 * downloads, listing, deletion, presigned URLs used by a plain HTTP client, the upload
 * form page and the actuator metrics.
 */
@RunningSample
@ExtendWith(OutputCaptureExtension.class)
class SampleEndToEndTests {

    private static final long FIFTY_MIB = 50L * 1024 * 1024;

    /**
     * The meters {@code /actuator/metrics} must list; add a meter name here to check it
     * too.
     */
    private static final List<String> EXPECTED_METERS = List.of("http.server.requests", "minio.client.operations",
            "minio.client.upload.bytes", "minio.client.download.bytes", "minio.client.multipart.uploads.active");

    private static final Function<Map<String, Object>, Object> NAME = (item) -> item.get("name");

    private static final Function<Map<String, Object>, Object> SIZE = (item) -> ((Number) item.get("size")).longValue();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    @Test
    void streamsAFiftyMebibyteUploadAndDownload(CapturedOutput output) throws Exception {
        createBucket("e2e-big");
        BodyPublisher body = BodyPublishers
            .fromPublisher(BodyPublishers.ofInputStream(() -> new PatternInputStream(FIFTY_MIB)), FIFTY_MIB);
        assertThat(send(request("/buckets/e2e-big/objects/big/data.bin").PUT(body)).statusCode()).isEqualTo(201);
        assertThat(output)
            .contains("Uploading e2e-big/big/data.bin: " + FIFTY_MIB + " of " + FIFTY_MIB + " bytes, 4 parts done");
        HttpResponse<InputStream> download = this.http.send(request("/buckets/e2e-big/objects/big/data.bin").build(),
                BodyHandlers.ofInputStream());
        try (InputStream content = download.body()) {
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(FIFTY_MIB);
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    (disposition) -> assertThat(disposition).startsWith("attachment; filename=\"data.bin\""));
            assertThat(PatternInputStream.sha256(content))
                .isEqualTo(PatternInputStream.sha256(new PatternInputStream(FIFTY_MIB)));
        }
        assertThat(list("e2e-big", "big/")).extracting(NAME, SIZE).containsExactly(tuple("big/data.bin", FIFTY_MIB));
    }

    @Test
    void uploadsABodyOfUnknownLengthAndAMultipartFileThenListsThem() throws Exception {
        createBucket("e2e-small");
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new PatternInputStream(300_000));
        assertThat(send(request("/buckets/e2e-small/objects/docs/chunked.bin").PUT(chunked)).statusCode())
            .isEqualTo(201);
        assertThat(uploadMultipart("e2e-small", "docs/hello.txt", "hello, multipart")).isEqualTo(HttpStatus.CREATED);
        assertThat(list("e2e-small", "docs/")).extracting(NAME, SIZE)
            .containsExactly(tuple("docs/chunked.bin", 300_000L), tuple("docs/hello.txt", 16L));
        HttpResponse<String> text = send(request("/buckets/e2e-small/objects/docs/hello.txt"));
        assertThat(text.body()).isEqualTo("hello, multipart");
        assertThat(text.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void deletesAnObject() throws Exception {
        createBucket("e2e-delete");
        assertThat(uploadMultipart("e2e-delete", "notes/old.txt", "old")).isEqualTo(HttpStatus.CREATED);
        assertThat(send(request("/buckets/e2e-delete/objects/notes/old.txt").DELETE()).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = send(request("/buckets/e2e-delete/objects/notes/old.txt"));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("NoSuchKey");
        assertThat(list("e2e-delete", "notes/")).isEmpty();
    }

    @Test
    void presignedUrlsWorkWithAPlainHttpClient() throws Exception {
        createBucket("e2e-presigned");
        String upload = presign("upload", "e2e-presigned", "shared/note.txt");
        HttpRequest put = HttpRequest.newBuilder(URI.create(upload)).PUT(BodyPublishers.ofString("presigned")).build();
        assertThat(this.http.send(put, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String download = presign("download", "e2e-presigned", "shared/note.txt");
        HttpResponse<String> get = this.http.send(HttpRequest.newBuilder(URI.create(download)).build(),
                BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo("presigned");
        assertThat(download).doesNotContain("localhost:" + this.port).contains("X-Amz-Signature=");
    }

    @Test
    void uploadFormPageCarriesThePresignedPostFields() throws Exception {
        createBucket("e2e-form");
        HttpResponse<String> page = send(request("/upload-form?bucket=e2e-form"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).containsPattern("action=\"http://[^\"]+/e2e-form\"")
            .contains("name=\"policy\"", "name=\"x-amz-signature\"", "name=\"x-amz-credential\"",
                    "name=\"success_action_status\" value=\"201\"", "value=\"uploads/\"");
    }

    @Test
    void actuatorListsTheSampleMeters() throws Exception {
        assertThat(send(request("/buckets")).statusCode()).isEqualTo(200);
        assertMetersListed(EXPECTED_METERS);
        assertThat(send(request("/actuator/metrics/http.server.requests")).statusCode()).isEqualTo(200);
        HttpResponse<String> listBuckets = send(
                request("/actuator/metrics/minio.client.operations?tag=operation:listBuckets&tag=outcome:SUCCESS"));
        assertThat(listBuckets.statusCode()).isEqualTo(200);
        assertThat(listBuckets.body()).contains("\"COUNT\"");
    }

    private void assertMetersListed(List<String> meters) {
        Map<String, List<String>> metrics = rest().get()
            .uri("/actuator/metrics")
            .retrieve()
            .body(new ParameterizedTypeReference<>() {
            });
        assertThat(metrics).isNotNull();
        assertThat(metrics.get("names")).containsAll(meters);
    }

    private void createBucket(String bucket) throws IOException, InterruptedException {
        assertThat(send(request("/buckets/" + bucket).PUT(BodyPublishers.noBody())).statusCode()).isEqualTo(201);
    }

    private HttpStatusCode uploadMultipart(String bucket, String key, String text) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "upload.txt";
            }
        }).contentType(MediaType.TEXT_PLAIN);
        form.part("key", key);
        return rest().post()
            .uri("/buckets/{bucket}/objects", bucket)
            .body(form.build())
            .retrieve()
            .toBodilessEntity()
            .getStatusCode();
    }

    private List<Map<String, Object>> list(String bucket, String prefix) {
        return rest().get()
            .uri("/buckets/{bucket}/objects?prefix={prefix}&recursive=true", bucket, prefix)
            .retrieve()
            .body(new ParameterizedTypeReference<>() {
            });
    }

    private String presign(String action, String bucket, String key) {
        Map<String, String> presigned = rest().get()
            .uri("/presigned/{action}?bucket={bucket}&key={key}&expiry=PT5M", action, bucket, key)
            .retrieve()
            .body(new ParameterizedTypeReference<>() {
            });
        assertThat(presigned).isNotNull().containsKeys("method", "url", "expiresAt");
        return presigned.get("url");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return this.http.send(request.build(), BodyHandlers.ofString());
    }

    private RestClient rest() {
        return RestClient.builder()
            .baseUrl("http://localhost:" + this.port)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
            })
            .build();
    }

}
