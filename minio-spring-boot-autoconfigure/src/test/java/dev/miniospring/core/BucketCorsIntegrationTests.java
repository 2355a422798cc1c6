package dev.miniospring.core;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.miniospring.bucket.CorsConfiguration;
import dev.miniospring.bucket.CorsRule;
import dev.miniospring.test.CephRgwTest;
import dev.miniospring.test.S3ServerExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.CephRgwServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bucket CORS configurations stored, read back, honoured in browser preflights and
 * removed, by a server that implements CORS (Ceph RGW; S3Proxy has no per-bucket CORS).
 */
@CephRgwTest
class BucketCorsIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private CephRgwServer server;

    private MinioTemplate template;

    private String bucket;

    @BeforeEach
    void setUp(CephRgwServer server) {
        this.server = server;
        this.template = S3ServerExtension.templateBuilder(server).build();
        this.bucket = UniqueBucketNames.unique("cors");
        this.template.makeBucket(this.bucket);
    }

    @Test
    void aBucketWithoutCorsHasAnEmptyConfiguration() {
        assertThat(this.template.getBucketCors(this.bucket).isEmpty()).isTrue();
    }

    @Test
    void rulesAreReadBackEqualAndDeleted() {
        this.template.setBucketCors(this.bucket, BucketCorsTests.UPLOADS_AND_READS);
        assertThat(sorted(this.template.getBucketCors(this.bucket)))
            .isEqualTo(sorted(BucketCorsTests.UPLOADS_AND_READS));
        this.template.deleteBucketCors(this.bucket);
        assertThat(this.template.getBucketCors(this.bucket).isEmpty()).isTrue();
    }

    @Test
    void preflightsAreAnsweredByTheRules() throws IOException, InterruptedException {
        this.template.setBucketCors(this.bucket, BucketCorsTests.UPLOADS_AND_READS);
        HttpResponse<String> allowed = preflight("https://app.example.com", "PUT");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example.com");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("PUT");
        assertThat(allowed.headers().firstValue("Access-Control-Max-Age")).contains("3000");
        assertThat(preflight("https://elsewhere.example.net", "GET").statusCode()).isEqualTo(200);
        assertThat(preflight("https://elsewhere.example.net", "PUT").statusCode()).isEqualTo(403);
    }

    /**
     * RGW keeps the origins and methods of a rule as sets and answers them in its own
     * order (origins sorted; PUT, POST, DELETE come back PUT, DELETE, POST), so the lists
     * are compared as sets.
     */
    private static List<CorsRule> sorted(CorsConfiguration cors) {
        return cors.rules()
            .stream()
            .map((rule) -> new CorsRule(rule.id(), sorted(rule.allowedOrigins()), sorted(rule.allowedMethods()),
                    sorted(rule.allowedHeaders()), sorted(rule.exposeHeaders()), rule.maxAgeSeconds()))
            .toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private HttpResponse<String> preflight(String origin, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest
            .newBuilder(URI.create(this.server.endpoint() + "/" + this.bucket + "/upload.bin"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .timeout(Duration.ofSeconds(10))
            .build();
        return this.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
