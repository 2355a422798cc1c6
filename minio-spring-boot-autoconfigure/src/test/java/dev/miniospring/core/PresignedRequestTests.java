package dev.miniospring.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.miniospring.object.Conditions;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.ProgressListener;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.Tags;
import dev.miniospring.presign.PresignedRequest;
import dev.miniospring.signing.AwsV4RequestSigner;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Presigned requests without a server: the headers a URL cannot carry are signed and
 * returned, SSE-C keys follow the plain-http rule, and the key never shows in
 * {@code toString()} or the template's logs. (The AWS SDK's signer logs its canonical
 * request, signed header values included, at DEBUG: the README says to keep that logger
 * at INFO.)
 */
class PresignedRequestTests {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static final CustomerKey KEY = ServerSideEncryption.customerKey(key());

    private static final String SSE_C = "x-amz-server-side-encryption-customer-";

    private static final String SSE_C_SIGNED = "host%3B" + SSE_C + "algorithm%3B" + SSE_C + "key%3B" + SSE_C
            + "key-md5";

    @Test
    void getWithACustomerKeySignsItsHeadersAndReturnsThem() {
        PresignedRequest request = template("https://s3.example.com").presignedGetObjectRequest("photos", "a.png",
                Duration.ofMinutes(5), GetObjectOptions.none().withCustomerKey(KEY).withVersionId("v1"));
        assertThat(request.method()).isEqualTo(HttpMethod.GET);
        assertThat(request.url()).hasPath("/photos/a.png")
            .hasParameter("versionId", "v1")
            .hasParameter("X-Amz-Expires", "300");
        assertThat(request.url().getRawQuery()).contains("X-Amz-SignedHeaders=" + SSE_C_SIGNED + "&");
        assertThat(request.headers()).containsExactlyInAnyOrderEntriesOf(Map.of(SSE_C + "algorithm", "AES256",
                SSE_C + "key", KEY.base64Key(), SSE_C + "key-MD5", KEY.base64KeyMd5()));
    }

    @Test
    void getSignsTheRangeAndConditionsAsHeaders() {
        PresignedRequest request = template("https://s3.example.com").presignedGetObjectRequest("photos", "a.png",
                Duration.ofMinutes(5),
                GetObjectOptions.none().withRange(0, 100).withConditions(Conditions.none().withMatchETag("abc")));
        assertThat(request.headers()).containsEntry("Range", "bytes=0-99").containsEntry("if-match", "\"abc\"");
        assertThat(request.url().getRawQuery()).contains("X-Amz-SignedHeaders=host%3Bif-match%3Brange&");
    }

    @Test
    void putSignsTheContentTypeMetadataTagsAndEncryption() {
        PresignedRequest request = template("https://s3.example.com").presignedPutObjectRequest("photos", "a.png",
                Duration.ofMinutes(5),
                PutObjectOptions.none()
                    .withContentType("image/png")
                    .withMetadata(Map.of("owner", "ann"))
                    .withTags(Tags.forObject(Map.of("team", "web")))
                    .withEncryption(KEY));
        assertThat(request.method()).isEqualTo(HttpMethod.PUT);
        assertThat(request.headers()).containsEntry("Content-Type", "image/png")
            .containsEntry("x-amz-meta-owner", "ann")
            .containsEntry("x-amz-tagging", "team=web")
            .containsEntry(SSE_C + "key", KEY.base64Key());
        assertThat(signedHeaders(request)).containsExactly("content-type", "host", "x-amz-meta-owner",
                SSE_C + "algorithm", SSE_C + "key", SSE_C + "key-md5", "x-amz-tagging");
    }

    @Test
    void putWithoutOptionsIsThePresignedUrlWithNoHeaders() {
        MinioTemplate template = template("https://s3.example.com");
        PresignedRequest request = template.presignedPutObjectRequest("photos", "a.png", Duration.ofMinutes(5),
                PutObjectOptions.none());
        assertThat(request.headers()).isEmpty();
        assertThat(request.url())
            .isEqualTo(URI.create(template.presignedPutObject("photos", "a.png", Duration.ofMinutes(5))));
        assertThat(signedHeaders(request)).containsExactly("host");
    }

    @Test
    void customerKeyForAPlainHttpUrlIsRefusedUnlessAllowed() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template("http://minio:9000").presignedGetObjectRequest("photos", "a.png",
                    Duration.ofMinutes(5), GetObjectOptions.none().withCustomerKey(KEY)))
            .withMessageContaining("not sent over plain http")
            .withMessageNotContaining(KEY.base64Key());
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template("http://minio:9000").presignedPutObjectRequest("photos", "a.png",
                    Duration.ofMinutes(5), PutObjectOptions.none().withEncryption(KEY)))
            .withMessageContaining("not sent over plain http");
        MinioTemplate allowed = builder("http://minio:9000").allowCustomerKeysOverHttp(true).build();
        assertThat(allowed
            .presignedGetObjectRequest("photos", "a.png", Duration.ofMinutes(5),
                    GetObjectOptions.none().withCustomerKey(KEY))
            .headers()).containsKey(SSE_C + "key");
    }

    @Test
    void customerKeyRuleFollowsThePublicEndpointOfTheUrl() {
        MinioTemplate template = builder("http://minio:9000").publicEndpoint("https://files.example.com").build();
        assertThat(template
            .presignedPutObjectRequest("photos", "a.png", Duration.ofMinutes(5),
                    PutObjectOptions.none().withEncryption(KEY))
            .url()).hasScheme("https").hasHost("files.example.com");
        MinioTemplate plain = builder("https://s3.example.com").publicEndpoint("http://files.example.com").build();
        assertThatIllegalArgumentException().isThrownBy(() -> plain.presignedPutObjectRequest("photos", "a.png",
                Duration.ofMinutes(5), PutObjectOptions.none().withEncryption(KEY)));
    }

    @Test
    void optionsARequestCannotCarryAreRefused() {
        MinioTemplate template = template("https://s3.example.com");
        ProgressListener listener = (progress) -> {
        };
        assertThatIllegalArgumentException().isThrownBy(() -> template.presignedGetObjectRequest("photos", "a.png",
                Duration.ofMinutes(5), GetObjectOptions.none().withProgressListener(listener)))
            .withMessageContaining("'options'");
        assertThatIllegalArgumentException().isThrownBy(() -> template.presignedPutObjectRequest("photos", "a.png",
                Duration.ofMinutes(5), PutObjectOptions.none().withPartSize(5 * 1024 * 1024)))
            .withMessageContaining("'options'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template.presignedPutObjectRequest("photos", "a.png", Duration.ofDays(8),
                    PutObjectOptions.none()))
            .withMessageContaining("'expiry'");
    }

    @Test
    void presignedGetUrlStillRefusesACustomerKeyAndNamesTheRequestVariant() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> template("https://s3.example.com").presignedGetObject("photos", "a.png",
                    Duration.ofMinutes(5), GetObjectOptions.none().withCustomerKey(KEY)))
            .withMessageContaining("presignedGetObjectRequest");
    }

    @Test
    void toStringMasksTheKeyAndTheSignature() {
        PresignedRequest request = template("https://s3.example.com").presignedGetObjectRequest("photos", "a.png",
                Duration.ofMinutes(5), GetObjectOptions.none().withCustomerKey(KEY));
        String signature = request.url().getRawQuery().replaceAll(".*X-Amz-Signature=", "");
        assertThat(request.toString()).doesNotContain(KEY.base64Key())
            .doesNotContain(signature)
            .contains(SSE_C + "key=******", "X-Amz-Signature=******", KEY.base64KeyMd5(), "X-Amz-Expires=300");
    }

    @Test
    void logsAtTraceNeverContainTheKey() {
        List<ILoggingEvent> events = captureLogs(() -> {
            MinioTemplate template = template("https://s3.example.com");
            template.presignedGetObjectRequest("photos", "a.png", Duration.ofMinutes(5),
                    GetObjectOptions.none().withCustomerKey(KEY));
            template.presignedPutObjectRequest("photos", "a.png", Duration.ofMinutes(5),
                    PutObjectOptions.none().withEncryption(KEY));
        });
        assertThat(events).extracting(ILoggingEvent::getFormattedMessage)
            .allSatisfy((message) -> assertThat(message).doesNotContain(KEY.base64Key()));
    }

    private static List<ILoggingEvent> captureLogs(Runnable action) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger("dev.miniospring");
        Level previous = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        logger.setLevel(Level.TRACE);
        logger.addAppender(appender);
        try {
            action.run();
            return new ArrayList<>(appender.list);
        }
        finally {
            logger.detachAppender(appender);
            logger.setLevel(previous);
        }
    }

    private static List<String> signedHeaders(PresignedRequest request) {
        String query = request.url().getRawQuery();
        String signed = query.replaceAll(".*X-Amz-SignedHeaders=([^&]*).*", "$1");
        return Arrays.asList(signed.split("%3B"));
    }

    private static MinioTemplate template(String endpoint) {
        return builder(endpoint).build();
    }

    private static MinioTemplateBuilder builder(String endpoint) {
        return MinioTemplate.builder()
            .endpoint(endpoint)
            .credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            .region("us-east-1")
            .signer(new AwsV4RequestSigner(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        return key;
    }

}
