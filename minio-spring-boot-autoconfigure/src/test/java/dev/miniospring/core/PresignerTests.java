package dev.miniospring.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.miniospring.http.AddressingStyle;
import dev.miniospring.internal.transport.S3Endpoint;
import dev.miniospring.presign.PostPolicy;
import dev.miniospring.presign.PresignedPostForm;
import dev.miniospring.signing.AwsV4RequestSigner;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.signing.MinioCredentialsProvider;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Presigned URLs and POST policies without a server: documentation vectors, argument
 * checks, public endpoint.
 */
class PresignerTests {

    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";

    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private static final Instant URL_EXAMPLE_DATE = Instant.parse("2013-05-24T00:00:00Z");

    private static final Instant POST_EXAMPLE_DATE = Instant.parse("2015-12-29T00:00:00Z");

    @Test
    void presignedGetObjectReproducesTheDocumentationExample() {
        MinioTemplate template = template("https://s3.amazonaws.com", null);
        String url = template.presignedGetObject("examplebucket", "test.txt", Duration.ofSeconds(86400));
        assertThat(url).startsWith("https://examplebucket.s3.amazonaws.com/test.txt?");
        assertThat(url.substring(url.indexOf('?') + 1).split("&")).containsExactlyInAnyOrder(
                "X-Amz-Algorithm=AWS4-HMAC-SHA256",
                "X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request",
                "X-Amz-Date=20130524T000000Z", "X-Amz-Expires=86400", "X-Amz-SignedHeaders=host",
                "X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
    }

    @Test
    void defaultPortIsLeftOutOfTheUrlAndItsSignature() {
        String withoutPort = template("https://s3.amazonaws.com", null).presignedGetObject("examplebucket", "test.txt",
                Duration.ofSeconds(86400));
        assertThat(template("https://s3.amazonaws.com:443", null).presignedGetObject("examplebucket", "test.txt",
                Duration.ofSeconds(86400)))
            .isEqualTo(withoutPort);
        assertThat(template("http://minio:9000", "http://files.example.com:80").presignedPutObject("photos", "a.png"))
            .isEqualTo(template("http://minio:9000", "http://files.example.com").presignedPutObject("photos", "a.png"))
            .startsWith("http://files.example.com/photos/a.png?");
    }

    @Test
    void presigningPerformsNoNetworkIoWhenTheRegionIsConfigured() {
        MinioTemplate template = template("http://127.0.0.1:1", null);
        assertThat(template.presignedPutObject("bucket", "key")).startsWith("http://127.0.0.1:1/bucket/key?")
            .contains("X-Amz-Expires=604800");
        assertThat(template.presignedGetObject("bucket", "key")).contains("X-Amz-Expires=604800");
    }

    @Test
    void publicEndpointIsTheHostOfTheUrlAndOfItsSignature() {
        String internal = template("http://minio:9000", null).presignedGetObject("photos", "a.png",
                Duration.ofHours(1));
        String external = template("http://minio:9000", "https://files.example.com").presignedGetObject("photos",
                "a.png", Duration.ofHours(1));
        assertThat(URI.create(internal).getHost()).isEqualTo("minio");
        assertThat(URI.create(external)).satisfies((uri) -> {
            assertThat(uri.getScheme()).isEqualTo("https");
            assertThat(uri.getHost()).isEqualTo("files.example.com");
            assertThat(uri.getPath()).isEqualTo("/photos/a.png");
        });
        assertThat(signature(external)).hasSize(64).isNotEqualTo(signature(internal));
    }

    @Test
    void publicEndpointIsTheUrlOfPostForms() {
        PostPolicy policy = PostPolicy.builder()
            .bucket("photos")
            .key("a.png")
            .expiration(Instant.now().plusSeconds(60))
            .build();
        PresignedPostForm form = template("http://minio:9000", "https://files.example.com").presignedPostPolicy(policy);
        assertThat(form.url()).isEqualTo("https://files.example.com/photos");
    }

    @Test
    void expiryMustBeBetweenOneSecondAndSevenDays() {
        MinioTemplate template = template("http://localhost:9000", null);
        for (Duration invalid : List.of(Duration.ZERO, Duration.ofMillis(999), Duration.ofSeconds(-5),
                Duration.ofDays(7).plusSeconds(1), Duration.ofDays(30))) {
            assertThatIllegalArgumentException().isThrownBy(() -> template.presignedGetObject("b-1", "k", invalid))
                .withMessageContaining("'expiry'");
            assertThatIllegalArgumentException().isThrownBy(() -> template.presignedPutObject("b-1", "k", invalid))
                .withMessageContaining("'expiry'");
        }
        assertThat(template.presignedGetObject("b-1", "k", Duration.ofSeconds(1))).contains("X-Amz-Expires=1&");
        assertThat(template.presignedPutObject("b-1", "k", Duration.ofDays(7))).contains("X-Amz-Expires=604800&");
    }

    @Test
    void responseHeaderOverridesAreSignedQueryParameters() {
        String url = template("http://localhost:9000", null).presignedGetObject("b-1", "report.pdf",
                Duration.ofMinutes(5), Map.of("response-content-disposition", "attachment; filename=\"r 1.pdf\"",
                        "Response-Content-Type", "application/pdf"));
        assertThat(url).contains("response-content-disposition=attachment%3B%20filename%3D%22r%201.pdf%22",
                "response-content-type=application%2Fpdf");
    }

    @Test
    void unknownResponseHeaderOverridesAreRejected() {
        MinioTemplate template = template("http://localhost:9000", null);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template.presignedGetObject("b-1", "k", Duration.ofMinutes(1),
                    Map.of("x-amz-acl", "public-read")))
            .withMessageContaining("'responseHeaders'")
            .withMessageContaining("x-amz-acl");
    }

    @Test
    void anonymousTemplateCannotPresign() {
        MinioTemplate anonymous = MinioTemplate.builder().endpoint("http://localhost:9000").build();
        assertThatIllegalStateException().isThrownBy(() -> anonymous.presignedGetObject("b-1", "k"))
            .withMessageContaining("credentials");
        assertThatIllegalStateException().isThrownBy(() -> anonymous.presignedPutObject("b-1", "k"))
            .withMessageContaining("credentials");
    }

    @Test
    void postPolicyDocumentMatchesTheBrowserUploadExample() {
        PresignedPostForm form = postExamplePresigner().presignedPostPolicy(PostPolicy.builder()
            .bucket("sigv4examplebucket")
            .keyStartsWith("user/user1/")
            .condition("acl", "public-read")
            .condition("success_action_redirect", "http://sigv4examplebucket.s3.amazonaws.com/successful_upload.html")
            .contentTypeStartsWith("image/")
            .condition("x-amz-meta-uuid", "14365123651274")
            .condition("x-amz-server-side-encryption", "AES256")
            .startsWith("x-amz-meta-tag", "")
            .expiration(Instant.parse("2015-12-30T12:00:00Z"))
            .build());
        JsonNode ours = JsonMapper.shared().readTree(Base64.getDecoder().decode(form.fields().get("policy")));
        JsonNode example = JsonMapper.shared().readTree(getClass().getResourceAsStream("aws-post-policy-example.json"));
        assertThat(ours.get("expiration")).isEqualTo(example.get("expiration"));
        assertThat(elements(ours.get("conditions")))
            .containsExactlyInAnyOrderElementsOf(elements(example.get("conditions")));
        assertThat(form.url()).isEqualTo("https://sigv4examplebucket.s3.amazonaws.com/");
        assertThat(form.fields()).containsEntry("acl", "public-read")
            .containsEntry("x-amz-meta-uuid", "14365123651274")
            .containsEntry("x-amz-algorithm", "AWS4-HMAC-SHA256")
            .containsEntry("x-amz-credential", "AKIAIOSFODNN7EXAMPLE/20151229/us-east-1/s3/aws4_request")
            .containsEntry("x-amz-date", "20151229T000000Z")
            .containsEntry("x-amz-signature",
                    new AwsV4RequestSigner().signPostPolicy(form.fields().get("policy"),
                            new MinioCredentials(ACCESS_KEY, SECRET_KEY), "us-east-1", POST_EXAMPLE_DATE))
            .doesNotContainKeys("key", "Content-Type", "x-amz-meta-tag", "bucket");
    }

    @Test
    void postPolicyWithExactKeyAndContentTypeSendsThemAsFields() {
        PresignedPostForm form = postExamplePresigner().presignedPostPolicy(PostPolicy.builder()
            .bucket("b-1")
            .key("docs/a b.txt")
            .contentType("text/plain")
            .contentLengthRange(1, 1024)
            .expiration(Instant.parse("2015-12-29T00:10:00Z"))
            .build());
        assertThat(form.fields()).containsEntry("key", "docs/a b.txt").containsEntry("Content-Type", "text/plain");
        assertThat(form.toString()).contains("x-amz-signature=******")
            .doesNotContain(form.fields().get("x-amz-signature"));
        String json = new String(Base64.getDecoder().decode(form.fields().get("policy")), StandardCharsets.UTF_8);
        assertThat(json)
            .startsWith("{\"expiration\":\"2015-12-29T00:10:00.000Z\",\"conditions\":[{\"bucket\":\"b-1\"},")
            .contains("{\"key\":\"docs/a b.txt\"}", "{\"Content-Type\":\"text/plain\"}",
                    "[\"content-length-range\",1,1024]");
    }

    @Test
    void postPolicyOfTemporaryCredentialsCarriesTheSessionToken() {
        Presigner presigner = new Presigner(new AwsV4RequestSigner(),
                MinioCredentialsProvider.of(new MinioCredentials(ACCESS_KEY, SECRET_KEY, "post-token")),
                S3Endpoint.of("https://s3.amazonaws.com", AddressingStyle.AUTO), (bucket) -> "us-east-1",
                Clock.fixed(POST_EXAMPLE_DATE, ZoneOffset.UTC), false);
        PresignedPostForm form = presigner.presignedPostPolicy(
                PostPolicy.builder().bucket("b-1").key("k").expiration(Instant.parse("2015-12-29T00:10:00Z")).build());
        assertThat(form.fields()).containsEntry("x-amz-security-token", "post-token");
        String json = new String(Base64.getDecoder().decode(form.fields().get("policy")), StandardCharsets.UTF_8);
        assertThat(json).contains("{\"x-amz-security-token\":\"post-token\"}");
    }

    @Test
    void postPolicyNeedsBucketExpirationAndKeyCondition() {
        Instant later = Instant.now().plusSeconds(60);
        assertThatIllegalArgumentException().isThrownBy(() -> PostPolicy.builder().key("k").expiration(later).build())
            .withMessageContaining("'bucket'");
        assertThatIllegalArgumentException().isThrownBy(() -> PostPolicy.builder().bucket("b-1").key("k").build())
            .withMessageContaining("'expiration'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> PostPolicy.builder().bucket("b-1").expiration(later).build())
            .withMessageContaining("empty");
    }

    @Test
    void postPolicyRejectsReservedFieldsAndExpiredPolicies() {
        for (String reserved : List.of("key", "Content-Type", "policy", "X-Amz-Signature", "x-amz-date", "bucket")) {
            assertThatIllegalArgumentException().isThrownBy(() -> PostPolicy.builder().condition(reserved, "v"))
                .withMessageContaining("'field'");
        }
        PostPolicy expired = PostPolicy.builder()
            .bucket("b-1")
            .key("k")
            .expiration(POST_EXAMPLE_DATE.minusSeconds(1))
            .build();
        assertThatIllegalArgumentException().isThrownBy(() -> postExamplePresigner().presignedPostPolicy(expired))
            .withMessageContaining("'expiration'");
    }

    private static Presigner postExamplePresigner() {
        return new Presigner(new AwsV4RequestSigner(),
                MinioCredentialsProvider.of(new MinioCredentials(ACCESS_KEY, SECRET_KEY)),
                S3Endpoint.of("https://s3.amazonaws.com", AddressingStyle.AUTO), (bucket) -> "us-east-1",
                Clock.fixed(POST_EXAMPLE_DATE, ZoneOffset.UTC), false);
    }

    private static MinioTemplate template(String endpoint, String publicEndpoint) {
        return MinioTemplate.builder()
            .endpoint(endpoint)
            .publicEndpoint(publicEndpoint)
            .credentials(ACCESS_KEY, SECRET_KEY)
            .region("us-east-1")
            .signer(new AwsV4RequestSigner(Clock.fixed(URL_EXAMPLE_DATE, ZoneOffset.UTC)))
            .build();
    }

    private static String signature(String url) {
        return url.substring(url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length());
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

}
