package dev.miniospring.core;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.bucket.CorsConfiguration;
import dev.miniospring.bucket.CorsRule;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.miniospring.test.ContentMd5Assertions.assertXmlWithContentMd5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request shapes of the bucket CORS operations, the answers S3 sends, configurations
 * refused before sending and malformed answers, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class BucketCorsTests {

    static final CorsConfiguration UPLOADS_AND_READS = CorsConfiguration.of(CorsRule
        .allow(List.of("https://app.example.com", "https://*.example.org"), List.of("PUT", "POST", "DELETE"))
        .withId("uploads")
        .withAllowedHeaders(List.of("*"))
        .withExposeHeaders(List.of("ETag", "x-amz-version-id"))
        .withMaxAgeSeconds(3000), CorsRule.allow(List.of("*"), List.of("GET", "HEAD")));

    private static final String UPLOADS_AND_READS_XML = "<CORSConfiguration"
            + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><CORSRule><ID>uploads</ID>"
            + "<AllowedHeader>*</AllowedHeader><AllowedMethod>PUT</AllowedMethod><AllowedMethod>POST</AllowedMethod>"
            + "<AllowedMethod>DELETE</AllowedMethod><AllowedOrigin>https://app.example.com</AllowedOrigin>"
            + "<AllowedOrigin>https://*.example.org</AllowedOrigin><ExposeHeader>ETag</ExposeHeader>"
            + "<ExposeHeader>x-amz-version-id</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule>"
            + "<CORSRule><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>"
            + "<AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void setBucketCorsPutsTheRulesWithContentMd5() {
        this.server.stubFor(put("/photos?cors").willReturn(aResponse()));
        this.template.setBucketCors("photos", UPLOADS_AND_READS);
        this.server
            .verify(putRequestedFor(urlEqualTo("/photos?cors")).withRequestBody(equalToXml(UPLOADS_AND_READS_XML)));
        assertXmlWithContentMd5(this.server, putRequestedFor(urlEqualTo("/photos?cors")));
    }

    @Test
    void getBucketCorsReadsWhatWasWritten() {
        this.server.stubFor(get("/photos?cors").willReturn(aResponse().withBody(UPLOADS_AND_READS_XML)));
        assertThat(this.template.getBucketCors("photos")).isEqualTo(UPLOADS_AND_READS);
    }

    @Test
    void noSuchCorsConfigurationIsAnEmptyConfiguration() {
        this.server.stubFor(get("/photos?cors").willReturn(aResponse().withStatus(404)
            .withBody("<Error><Code>NoSuchCORSConfiguration</Code>"
                    + "<Message>The CORS configuration does not exist</Message></Error>")));
        assertThat(this.template.getBucketCors("photos").isEmpty()).isTrue();
    }

    @Test
    void deleteBucketCorsSendsDelete() {
        this.server.stubFor(delete("/photos?cors").willReturn(aResponse().withStatus(204)));
        this.template.deleteBucketCors("photos");
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos?cors")));
    }

    @Test
    void malformedAnswersAreInvalidResponses() {
        assertInvalid("<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>",
                "AllowedMethod");
        assertInvalid("<CORSConfiguration><CORSRule><AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>",
                "AllowedOrigin");
        assertInvalid("<CORSConfiguration></CORSConfiguration>", "CORSRule");
        assertInvalid("<html><body>Sign in</body></html>", "CORSConfiguration");
    }

    @Test
    void configurationsBreakingS3RulesAreRefusedBeforeSending() {
        List<String> origins = List.of("https://a.example.com");
        List<String> get = List.of("GET");
        assertRefused(CorsConfiguration.empty(), "'cors' must have at least one rule");
        assertRefused(null, "'cors' must not be null");
        assertRefused(CorsConfiguration.of(CorsRule.allow(List.of(), get)), "rule #1 must allow at least one origin");
        assertRefused(CorsConfiguration.of(CorsRule.allow(origins, List.of())), "must allow at least one method");
        assertRefused(CorsConfiguration.of(CorsRule.allow(origins, List.of("PATCH"))),
                "the method 'PATCH' is not one of GET, PUT, POST, DELETE, HEAD");
        assertRefused(CorsConfiguration.of(CorsRule.allow(List.of("https://*.*.example.com"), get)),
                "the origin 'https://*.*.example.com' may hold at most one '*'");
        assertRefused(CorsConfiguration.of(CorsRule.allow(origins, get).withAllowedHeaders(List.of("x-*-*"))),
                "the allowed header 'x-*-*' may hold at most one '*'");
        assertRefused(CorsConfiguration.of(CorsRule.allow(origins, get).withExposeHeaders(List.of(" "))),
                "has an empty expose header");
        assertRefused(CorsConfiguration.of(CorsRule.allow(origins, get).withMaxAgeSeconds(-1)),
                "the max age must not be negative (is -1)");
        assertRefused(CorsConfiguration.of(CorsRule.allow(origins, get).withId("x".repeat(256))),
                "the id must be null or 1 to 255 characters");
        List<CorsRule> rules = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            rules.add(CorsRule.allow(origins, get));
        }
        assertRefused(new CorsConfiguration(rules), "'cors' must have at most 100 rules (has 101)");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    private void assertRefused(CorsConfiguration cors, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketCors("photos", cors))
            .withMessageContaining(message);
    }

    private void assertInvalid(String body, String message) {
        this.server.stubFor(get("/photos?cors").willReturn(aResponse().withBody(body)));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getBucketCors("photos"))
            .withMessageContaining(message);
    }

}
