package dev.miniospring.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.bucket.LifecycleConfiguration;
import dev.miniospring.bucket.LifecycleExpiration;
import dev.miniospring.bucket.LifecycleFilter;
import dev.miniospring.bucket.LifecycleRule;
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
 * Request shapes of the bucket lifecycle operations, the answers S3 sends, rule sets
 * refused before sending and malformed answers, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class BucketLifecycleTests {

    static final LifecycleConfiguration ALL_SHAPES = LifecycleConfiguration.of(
            LifecycleRule.enabled("logs", LifecycleFilter.prefix("logs/"))
                .withExpiration(LifecycleExpiration.afterDays(30))
                .withAbortIncompleteMultipartUploadDays(7),
            LifecycleRule.enabled("tmp", LifecycleFilter.tag("temporary", "yes"))
                .withExpiration(LifecycleExpiration.on(LocalDate.of(2027, 1, 1)))
                .disabled(),
            LifecycleRule.enabled("old-versions", LifecycleFilter.all())
                .withExpiration(LifecycleExpiration.removeExpiredDeleteMarkers())
                .withNoncurrentVersionExpirationDays(90),
            LifecycleRule.enabled("docs", LifecycleFilter.and("docs/", tags("class", "draft", "team", "a b")))
                .withExpiration(LifecycleExpiration.afterDays(365)));

    private static final String ALL_SHAPES_XML = "<LifecycleConfiguration"
            + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Rule><ID>logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>"
            + "<Expiration><Days>30</Days></Expiration>"
            + "<AbortIncompleteMultipartUpload><DaysAfterInitiation>7</DaysAfterInitiation>"
            + "</AbortIncompleteMultipartUpload></Rule>"
            + "<Rule><ID>tmp</ID><Filter><Tag><Key>temporary</Key><Value>yes</Value></Tag></Filter>"
            + "<Status>Disabled</Status><Expiration><Date>2027-01-01T00:00:00Z</Date></Expiration></Rule>"
            + "<Rule><ID>old-versions</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status>"
            + "<Expiration><ExpiredObjectDeleteMarker>true</ExpiredObjectDeleteMarker></Expiration>"
            + "<NoncurrentVersionExpiration><NoncurrentDays>90</NoncurrentDays></NoncurrentVersionExpiration></Rule>"
            + "<Rule><ID>docs</ID><Filter><And><Prefix>docs/</Prefix><Tag><Key>class</Key><Value>draft</Value></Tag>"
            + "<Tag><Key>team</Key><Value>a b</Value></Tag></And></Filter><Status>Enabled</Status>"
            + "<Expiration><Days>365</Days></Expiration></Rule></LifecycleConfiguration>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void setBucketLifecyclePutsEveryRuleShapeWithContentMd5() {
        this.server.stubFor(put("/photos?lifecycle").willReturn(aResponse()));
        this.template.setBucketLifecycle("photos", ALL_SHAPES);
        this.server
            .verify(putRequestedFor(urlEqualTo("/photos?lifecycle")).withRequestBody(equalToXml(ALL_SHAPES_XML)));
        assertXmlWithContentMd5(this.server, putRequestedFor(urlEqualTo("/photos?lifecycle")));
    }

    @Test
    void getBucketLifecycleReadsWhatWasWritten() {
        this.server.stubFor(get("/photos?lifecycle").willReturn(aResponse().withBody(ALL_SHAPES_XML)));
        assertThat(this.template.getBucketLifecycle("photos")).isEqualTo(ALL_SHAPES);
    }

    @Test
    void aRuleWithoutFilterReadsItsLegacyPrefix() {
        answer("<LifecycleConfiguration><Rule><ID>v1</ID><Prefix>old/</Prefix><Status>Enabled</Status>"
                + "<Expiration><Date>2027-01-01T00:00:00.000Z</Date></Expiration></Rule></LifecycleConfiguration>");
        LifecycleRule rule = this.template.getBucketLifecycle("photos").rules().get(0);
        assertThat(rule.filter()).isEqualTo(LifecycleFilter.prefix("old/"));
        assertThat(rule.expiration()).isEqualTo(LifecycleExpiration.at(Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void prefixesAndTagsAnsweredAsCephRgwDoesAreRead() {
        answer("<LifecycleConfiguration><Rule><ID>one</ID><Filter><Prefix>docs/</Prefix><Tag><Key>class</Key>"
                + "<Value>draft</Value></Tag></Filter><Status>Enabled</Status><Expiration><Days>365</Days></Expiration>"
                + "</Rule><Rule><ID>two</ID><Filter><Prefix>docs/</Prefix><And><Tag><Key>a</Key><Value>1</Value></Tag>"
                + "<Tag><Key>b</Key><Value>2</Value></Tag></And></Filter><Status>Enabled</Status>"
                + "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>");
        List<LifecycleRule> rules = this.template.getBucketLifecycle("photos").rules();
        assertThat(rules.get(0).filter()).isEqualTo(LifecycleFilter.and("docs/", Map.of("class", "draft")));
        assertThat(rules.get(1).filter()).isEqualTo(LifecycleFilter.and("docs/", tags("a", "1", "b", "2")));
    }

    @Test
    void noSuchLifecycleConfigurationIsAnEmptyConfiguration() {
        this.server.stubFor(get("/photos?lifecycle").willReturn(aResponse().withStatus(404)
            .withBody("<Error><Code>NoSuchLifecycleConfiguration</Code>"
                    + "<Message>The lifecycle configuration does not exist</Message></Error>")));
        assertThat(this.template.getBucketLifecycle("photos").isEmpty()).isTrue();
    }

    @Test
    void deleteBucketLifecycleSendsDelete() {
        this.server.stubFor(delete("/photos?lifecycle").willReturn(aResponse().withStatus(204)));
        this.template.deleteBucketLifecycle("photos");
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos?lifecycle")));
    }

    @Test
    void answersTheValueCannotRepresentAreInvalidResponses() {
        assertInvalid("<LifecycleConfiguration><Rule><ID>t</ID><Filter/><Status>Enabled</Status>"
                + "<Transition><Days>30</Days><StorageClass>GLACIER</StorageClass></Transition></Rule>"
                + "</LifecycleConfiguration>", "rule 't' has transitions");
        assertInvalid(
                "<LifecycleConfiguration><Rule><ID>s</ID><Filter/><Status>Paused</Status>"
                        + "<Expiration><Days>1</Days></Expiration></Rule></LifecycleConfiguration>",
                "unknown status 'Paused'");
        assertInvalid(
                "<LifecycleConfiguration><Rule><ID>d</ID><Filter/><Status>Enabled</Status>"
                        + "<Expiration><Date>tomorrow</Date></Expiration></Rule></LifecycleConfiguration>",
                "invalid expiration date 'tomorrow'");
        assertInvalid("<LifecycleConfiguration><Rule><ID>n</ID><Filter/></Rule></LifecycleConfiguration>", "Status");
        assertInvalid("<LifecycleConfiguration></LifecycleConfiguration>", "Rule");
        assertInvalid("<html><body>Sign in</body></html>", "LifecycleConfiguration");
    }

    @Test
    void ruleSetsBreakingS3RulesAreRefusedBeforeSending() {
        LifecycleRule expire = LifecycleRule.enabled("r", LifecycleFilter.all())
            .withExpiration(LifecycleExpiration.afterDays(1));
        assertRefused(LifecycleConfiguration.empty(), "'lifecycle' must have at least one rule");
        assertRefused(LifecycleConfiguration.of(expire, expire), "rule #2: the id 'r' is not unique");
        assertRefused(
                LifecycleConfiguration.of(LifecycleRule.enabled("x".repeat(256), LifecycleFilter.all())
                    .withExpiration(LifecycleExpiration.afterDays(1))),
                "the id must be at most 255 characters (has 256)");
        assertRefused(LifecycleConfiguration
            .of(LifecycleRule.enabled(" ", LifecycleFilter.all()).withExpiration(LifecycleExpiration.afterDays(1))),
                "'lifecycle' rule #1 (' ') must have an id");
        assertRefused(LifecycleConfiguration.of(LifecycleRule.enabled("none", LifecycleFilter.all())),
                "'lifecycle' rule #1 ('none') must have at least one action");
        assertRefused(LifecycleConfiguration
            .of(LifecycleRule.enabled("zero", LifecycleFilter.all()).withExpiration(LifecycleExpiration.afterDays(0))),
                "expiration days must be positive (is 0)");
        assertRefused(
                LifecycleConfiguration
                    .of(LifecycleRule.enabled("nc", LifecycleFilter.all()).withNoncurrentVersionExpirationDays(-1)),
                "noncurrent-version expiration days must be positive (is -1)");
        assertRefused(
                LifecycleConfiguration
                    .of(LifecycleRule.enabled("ab", LifecycleFilter.all()).withAbortIncompleteMultipartUploadDays(0)),
                "abort-incomplete-multipart-upload days must be positive");
        assertRefused(
                LifecycleConfiguration.of(LifecycleRule.enabled("noon", LifecycleFilter.all())
                    .withExpiration(LifecycleExpiration.at(Instant.parse("2027-01-01T12:00:00Z")))),
                "the expiration date must be at midnight UTC (is 2027-01-01T12:00:00Z)");
        assertRefused(
                LifecycleConfiguration.of(LifecycleRule.enabled("two", LifecycleFilter.all())
                    .withExpiration(new LifecycleExpiration(1, Instant.parse("2027-01-01T00:00:00Z"), false))),
                "exactly one of days, date and expired-object delete marker");
        assertRefused(
                LifecycleConfiguration.of(LifecycleRule.enabled("marker", LifecycleFilter.tag("k", "v"))
                    .withExpiration(LifecycleExpiration.removeExpiredDeleteMarkers())),
                "the expired-object delete marker cannot be combined with a tag filter");
        assertRefused(LifecycleConfiguration.of(LifecycleRule.enabled("tag", LifecycleFilter.tag("", "v"))
            .withExpiration(LifecycleExpiration.afterDays(1))), "'tags' must not hold a null or empty key");
        assertRefused(
                LifecycleConfiguration
                    .of(new LifecycleRule("nf", true, null, LifecycleExpiration.afterDays(1), null, null)),
                "'lifecycle' rule #1 ('nf') must have a filter");
        assertRefused(null, "'lifecycle' must not be null");
        assertRefused(new LifecycleConfiguration(thousandAndOneRules()), "at most 1000 rules (has 1001)");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    private static List<LifecycleRule> thousandAndOneRules() {
        List<LifecycleRule> rules = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            rules.add(LifecycleRule.enabled("r" + i, LifecycleFilter.all())
                .withExpiration(LifecycleExpiration.afterDays(1)));
        }
        return rules;
    }

    private void assertRefused(LifecycleConfiguration lifecycle, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketLifecycle("photos", lifecycle))
            .withMessageContaining(message);
    }

    private void answer(String body) {
        this.server.stubFor(get("/photos?lifecycle").willReturn(aResponse().withBody(body)));
    }

    private void assertInvalid(String body, String message) {
        answer(body);
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getBucketLifecycle("photos"))
            .withMessageContaining(message);
    }

    private static Map<String, String> tags(String... keysAndValues) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tags.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return tags;
    }

}
