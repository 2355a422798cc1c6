package dev.miniospring.core;

import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.bucket.ObjectLockConfiguration;
import dev.miniospring.object.Retention;
import dev.miniospring.object.RetentionMode;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.miniospring.core.ObjectVersioningTests.assertContentMd5;
import static dev.miniospring.core.ObjectVersioningTests.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request shapes of object lock: buckets created with it, default retention, object
 * retention and legal hold, and the answers they refuse, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class ObjectLockTests {

    private static final String NS = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    private static final String NO_LOCK = "<Error><Code>NoSuchObjectLockConfiguration</Code>"
            + "<Message>The specified object does not have a ObjectLock configuration</Message></Error>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).build();
    }

    @Test
    void makeBucketWithObjectLockSendsTheLockHeader() {
        this.server.stubFor(put("/bucket").willReturn(aResponse().withStatus(200)));
        this.template.makeBucket("bucket", "us-east-1", true);
        this.template.makeBucket("bucket", "us-east-1", false);
        assertThat(this.server.getAllServeEvents())
            .extracting((event) -> event.getRequest().getHeader("x-amz-bucket-object-lock-enabled"))
            .containsExactlyInAnyOrder("true", null);
    }

    @Test
    void getObjectLockConfigurationReadsDaysYearsOrNone() {
        stubLock("<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>");
        assertThat(this.template.getObjectLockConfiguration("bucket"))
            .isEqualTo(ObjectLockConfiguration.withoutDefaultRetention());
        stubLock(rule("<Mode>GOVERNANCE</Mode><Days>30</Days>"));
        assertThat(this.template.getObjectLockConfiguration("bucket"))
            .isEqualTo(ObjectLockConfiguration.days(RetentionMode.GOVERNANCE, 30));
        stubLock(rule("<Mode>COMPLIANCE</Mode><Years>7</Years>"));
        assertThat(this.template.getObjectLockConfiguration("bucket"))
            .isEqualTo(ObjectLockConfiguration.years(RetentionMode.COMPLIANCE, 7));
    }

    @Test
    void unreadableObjectLockConfigurationsAreInvalid() {
        stubLock(rule("<Mode>STRICT</Mode><Days>1</Days>"));
        assertInvalid(() -> this.template.getObjectLockConfiguration("bucket"), "unknown retention mode 'STRICT'");
        stubLock(rule("<Mode>GOVERNANCE</Mode><Days>1</Days><Years>1</Years>"));
        assertInvalid(() -> this.template.getObjectLockConfiguration("bucket"), "exactly one of them");
        stubLock(rule("<Mode>GOVERNANCE</Mode>"));
        assertInvalid(() -> this.template.getObjectLockConfiguration("bucket"), "exactly one of them");
        stubLock(rule("<Days>1</Days>"));
        assertInvalid(() -> this.template.getObjectLockConfiguration("bucket"), "Mode");
        stubLock("<ObjectLockConfiguration><ObjectLockEnabled>Disabled</ObjectLockEnabled></ObjectLockConfiguration>");
        assertInvalid(() -> this.template.getObjectLockConfiguration("bucket"), "ObjectLockEnabled is 'Disabled'");
        stubLock("<ObjectLockConfiguration></ObjectLockConfiguration>");
        assertInvalid(() -> this.template.getObjectLockConfiguration("bucket"), "ObjectLockEnabled");
    }

    @Test
    void setObjectLockConfigurationPutsTheRuleWithContentMd5() {
        this.server.stubFor(put("/bucket?object-lock").willReturn(aResponse().withStatus(200)));
        this.template.setObjectLockConfiguration("bucket", ObjectLockConfiguration.days(RetentionMode.GOVERNANCE, 3));
        this.template.setObjectLockConfiguration("bucket", ObjectLockConfiguration.years(RetentionMode.COMPLIANCE, 1));
        this.template.setObjectLockConfiguration("bucket", ObjectLockConfiguration.withoutDefaultRetention());
        assertThat(this.server.getAllServeEvents()).extracting((event) -> event.getRequest().getBodyAsString())
            .containsExactlyInAnyOrder(rule(NS, "<Mode>GOVERNANCE</Mode><Days>3</Days>"),
                    rule(NS, "<Mode>COMPLIANCE</Mode><Years>1</Years>"), "<ObjectLockConfiguration" + NS
                            + "><ObjectLockEnabled>Enabled</ObjectLockEnabled></ObjectLockConfiguration>");
        this.server.getAllServeEvents().forEach((event) -> assertContentMd5(event.getRequest()));
    }

    @Test
    void defaultRetentionsAreValidatedWhenBuilt() {
        assertThatIllegalArgumentException().isThrownBy(() -> ObjectLockConfiguration.days(RetentionMode.GOVERNANCE, 0))
            .withMessage("'days' must be positive (is 0)");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ObjectLockConfiguration.years(RetentionMode.COMPLIANCE, -1))
            .withMessage("'years' must be positive (is -1)");
        assertThatIllegalArgumentException().isThrownBy(() -> ObjectLockConfiguration.days(null, 1))
            .withMessage("'mode' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> new ObjectLockConfiguration(null, 1, null))
            .withMessageContaining("'mode' must not be null when a retention period");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new ObjectLockConfiguration(RetentionMode.GOVERNANCE, 1, 1))
            .withMessageContaining("exactly one of them");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setObjectLockConfiguration("bucket", null))
            .withMessage("'configuration' must not be null");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void getObjectRetentionReadsModeAndDateOfAVersion() {
        this.server.stubFor(get(urlPathEqualTo("/bucket/dir/a%20b.txt")).willReturn(okXml("<Retention" + NS
                + "><Mode>GOVERNANCE</Mode><RetainUntilDate>2026-12-02T10:00:00.000000000Z</RetainUntilDate>"
                + "</Retention>")));
        assertThat(this.template.getObjectRetention("bucket", "dir/a b.txt", "v 1"))
            .contains(new Retention(RetentionMode.GOVERNANCE, Instant.parse("2026-12-02T10:00:00Z")));
        assertThat(this.server.getAllServeEvents().get(0).getRequest().getUrl())
            .isEqualTo("/bucket/dir/a%20b.txt?retention&versionId=v%201");
    }

    @Test
    void versionWithoutRetentionOrLegalHoldReadsAsNone() {
        this.server.stubFor(get(urlPathEqualTo("/bucket/k"))
            .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml").withBody(NO_LOCK)));
        assertThat(this.template.getObjectRetention("bucket", "k")).isEmpty();
        assertThat(this.template.isObjectLegalHoldEnabled("bucket", "k", null)).isFalse();
        assertThat(this.server.getAllServeEvents()).extracting((event) -> event.getRequest().getUrl())
            .containsExactlyInAnyOrder("/bucket/k?retention", "/bucket/k?legal-hold");
    }

    @Test
    void unreadableRetentionsAreInvalid() {
        stubRetention("<Mode>GOVERNANCE</Mode><RetainUntilDate>tomorrow</RetainUntilDate>");
        assertInvalid(() -> this.template.getObjectRetention("bucket", "k"), "tomorrow");
        stubRetention("<Mode>FOREVER</Mode><RetainUntilDate>2026-12-02T10:00:00Z</RetainUntilDate>");
        assertInvalid(() -> this.template.getObjectRetention("bucket", "k"), "FOREVER");
        stubRetention("<Mode>GOVERNANCE</Mode>");
        assertInvalid(() -> this.template.getObjectRetention("bucket", "k"), "RetainUntilDate");
    }

    @Test
    void setObjectRetentionPutsModeAndMillisecondDateWithBypass() {
        this.server.stubFor(put(urlPathEqualTo("/bucket/k")).willReturn(aResponse().withStatus(200)));
        Retention retention = new Retention(RetentionMode.COMPLIANCE, Instant.parse("2027-01-02T03:04:05.678901Z"));
        this.template.setObjectRetention("bucket", "k", "v1", retention, true);
        this.template.setObjectRetention("bucket", "k", retention);
        LoggedRequest bypassed = this.server.getAllServeEvents().get(1).getRequest();
        LoggedRequest plain = this.server.getAllServeEvents().get(0).getRequest();
        assertThat(bypassed.getUrl()).isEqualTo("/bucket/k?retention&versionId=v1");
        assertThat(bypassed.getHeader("x-amz-bypass-governance-retention")).isEqualTo("true");
        assertThat(bypassed.getBodyAsString()).isEqualTo("<Retention" + NS + "><Mode>COMPLIANCE</Mode>"
                + "<RetainUntilDate>2027-01-02T03:04:05.678Z</RetainUntilDate></Retention>");
        assertContentMd5(bypassed);
        assertThat(plain.getUrl()).isEqualTo("/bucket/k?retention");
        assertThat(plain.containsHeader("x-amz-bypass-governance-retention")).isFalse();
    }

    @Test
    void legalHoldIsPutAndReadPerVersion() {
        this.server.stubFor(put(urlPathEqualTo("/bucket/k")).willReturn(aResponse().withStatus(200)));
        this.template.enableObjectLegalHold("bucket", "k", "v1");
        this.template.disableObjectLegalHold("bucket", "k", null);
        assertThat(this.server.getAllServeEvents())
            .extracting((event) -> event.getRequest().getUrl() + " " + event.getRequest().getBodyAsString())
            .containsExactlyInAnyOrder(
                    "/bucket/k?legal-hold&versionId=v1 <LegalHold" + NS + "><Status>ON</Status></LegalHold>",
                    "/bucket/k?legal-hold <LegalHold" + NS + "><Status>OFF</Status></LegalHold>");
        this.server.getAllServeEvents().forEach((event) -> assertContentMd5(event.getRequest()));
        stubLegalHold("ON");
        assertThat(this.template.isObjectLegalHoldEnabled("bucket", "k", "v1")).isTrue();
        stubLegalHold("OFF");
        assertThat(this.template.isObjectLegalHoldEnabled("bucket", "k", "v1")).isFalse();
        stubLegalHold("MAYBE");
        assertInvalid(() -> this.template.isObjectLegalHoldEnabled("bucket", "k", "v1"), "MAYBE");
    }

    @Test
    void badRetentionAndVersionArgumentsAreRefusedBeforeSending() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Retention(null, Instant.now()))
            .withMessage("'mode' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> new Retention(RetentionMode.GOVERNANCE, null))
            .withMessage("'retainUntil' must not be null");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setObjectRetention("bucket", "k", null, null, false))
            .withMessage("'retention' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.enableObjectLegalHold("bucket", "k", ""))
            .withMessageContaining("'versionId' must not be empty");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.isObjectLegalHoldEnabled("bucket", "k", "v\r1"))
            .withMessage("'versionId' must not contain control characters");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.getObjectRetention("bucket", "", null))
            .withMessage("'key' must not be empty");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    private void stubLock(String body) {
        this.server.stubFor(get("/bucket?object-lock").willReturn(okXml(body)));
    }

    private void stubRetention(String content) {
        this.server
            .stubFor(get(urlPathEqualTo("/bucket/k")).willReturn(okXml("<Retention>" + content + "</Retention>")));
    }

    private void stubLegalHold(String status) {
        this.server.stubFor(get(urlPathEqualTo("/bucket/k"))
            .willReturn(okXml("<LegalHold><Status>" + status + "</Status></LegalHold>")));
    }

    private static String rule(String retention) {
        return rule("", retention);
    }

    private static String rule(String namespace, String retention) {
        return "<ObjectLockConfiguration" + namespace + "><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule>"
                + "<DefaultRetention>" + retention + "</DefaultRetention></Rule></ObjectLockConfiguration>";
    }

}
