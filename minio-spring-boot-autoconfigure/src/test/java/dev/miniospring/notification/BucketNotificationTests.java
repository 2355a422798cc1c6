package dev.miniospring.notification;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request shapes and XML of the bucket notification configuration operations, with
 * MinIO's responses, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class BucketNotificationTests {

    private static final String XMLNS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    private static final NotificationConfiguration ALL_KINDS = new NotificationConfiguration(
            List.of(NotificationTarget
                .of("arn:aws:sns:us-east-1:123456789012:topic", NotificationEvents.OBJECT_CREATED_ALL)
                .withFilter(FilterRule.suffix(".jpg"))),
            List.of(NotificationTarget
                .of("arn:minio:sqs::primary:webhook", NotificationEvents.OBJECT_CREATED_PUT,
                        NotificationEvents.OBJECT_ACCESSED_ALL)
                .withId("1")
                .withFilter(FilterRule.prefix("images/"), FilterRule.suffix(".png"))),
            List.of(NotificationTarget.of("arn:aws:lambda:us-east-1:123456789012:function:f",
                    NotificationEvents.OBJECT_REMOVED_ALL)));

    private static final String ALL_KINDS_XML = "<NotificationConfiguration " + XMLNS + ">"
            + "<TopicConfiguration><Topic>arn:aws:sns:us-east-1:123456789012:topic</Topic>"
            + "<Event>s3:ObjectCreated:*</Event><Filter><S3Key><FilterRule><Name>suffix</Name><Value>.jpg</Value>"
            + "</FilterRule></S3Key></Filter></TopicConfiguration>"
            + "<QueueConfiguration><Id>1</Id><Queue>arn:minio:sqs::primary:webhook</Queue>"
            + "<Event>s3:ObjectCreated:Put</Event><Event>s3:ObjectAccessed:*</Event><Filter><S3Key>"
            + "<FilterRule><Name>prefix</Name><Value>images/</Value></FilterRule>"
            + "<FilterRule><Name>suffix</Name><Value>.png</Value></FilterRule></S3Key></Filter></QueueConfiguration>"
            + "<CloudFunctionConfiguration><CloudFunction>arn:aws:lambda:us-east-1:123456789012:function:f"
            + "</CloudFunction><Event>s3:ObjectRemoved:*</Event></CloudFunctionConfiguration>"
            + "</NotificationConfiguration>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(this.server).build();
    }

    @Test
    void setBucketNotificationPutsAllThreeKindsWithFilters() {
        this.server.stubFor(put("/photos?notification").willReturn(aResponse().withStatus(200)));
        this.template.setBucketNotification("photos", ALL_KINDS);
        this.server.verify(putRequestedFor(urlEqualTo("/photos?notification"))
            .withHeader("Content-Type", equalTo("application/xml"))
            .withRequestBody(equalToXml(ALL_KINDS_XML)));
    }

    @Test
    void xmlRoundTripKeepsEveryField() {
        this.server.stubFor(put("/photos?notification").willReturn(aResponse().withStatus(200)));
        this.template.setBucketNotification("photos", ALL_KINDS);
        String sent = this.server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        this.server.stubFor(get("/photos?notification").willReturn(aResponse().withStatus(200).withBody(sent)));
        assertThat(this.template.getBucketNotification("photos")).isEqualTo(ALL_KINDS);
    }

    @Test
    void getBucketNotificationReadsMinioResponse() {
        this.server.stubFor(get("/photos?notification").willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/xml")
            .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<NotificationConfiguration " + XMLNS + ">"
                    + "<QueueConfiguration><Id>1</Id><Filter><S3Key><FilterRule><Name>prefix</Name>"
                    + "<Value>images/</Value></FilterRule></S3Key></Filter><Queue>arn:minio:sqs::primary:webhook"
                    + "</Queue><Event>s3:ObjectCreated:*</Event><Event>s3:ObjectRemoved:*</Event></QueueConfiguration>"
                    + "<QueueConfiguration><Id>2</Id><Filter></Filter><Queue>arn:minio:sqs::primary:amqp</Queue>"
                    + "<Event>s3:ObjectAccessed:Get</Event></QueueConfiguration></NotificationConfiguration>")));
        NotificationConfiguration configuration = this.template.getBucketNotification("photos");
        assertThat(configuration.topics()).isEmpty();
        assertThat(configuration.cloudFunctions()).isEmpty();
        assertThat(configuration.queues()).containsExactly(
                new NotificationTarget("1", "arn:minio:sqs::primary:webhook",
                        List.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"), List.of(FilterRule.prefix("images/"))),
                new NotificationTarget("2", "arn:minio:sqs::primary:amqp", List.of("s3:ObjectAccessed:Get"), null));
        this.server.verify(getRequestedFor(urlEqualTo("/photos?notification")));
    }

    @Test
    void emptyConfigurationReadsAsEmpty() {
        this.server.stubFor(get("/photos?notification").willReturn(aResponse().withStatus(200)
            .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<NotificationConfiguration " + XMLNS
                    + "></NotificationConfiguration>")));
        assertThat(this.template.getBucketNotification("photos").isEmpty()).isTrue();
    }

    @Test
    void removeAllBucketNotificationPutsAnEmptyConfiguration() {
        this.server.stubFor(put("/photos?notification").willReturn(aResponse().withStatus(200)));
        this.template.removeAllBucketNotification("photos");
        this.server.verify(putRequestedFor(urlEqualTo("/photos?notification"))
            .withRequestBody(equalToXml("<NotificationConfiguration " + XMLNS + "/>")));
    }

    @Test
    void serverErrorsAreReported() {
        this.server.stubFor(put("/photos?notification").willReturn(aResponse().withStatus(400)
            .withBody("<Error><Code>InvalidArgument</Code><Message>A specified destination ARN does not exist or is"
                    + " not well-formed.</Message><BucketName>photos</BucketName></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.setBucketNotification("photos", ALL_KINDS))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("InvalidArgument"));
    }

    @Test
    void invalidConfigurationsAreRefusedBeforeSending() {
        assertRefused(NotificationConfiguration.empty(), "'notification' must have at least one");
        assertRefused(NotificationConfiguration.ofQueues(NotificationTarget.of(" ", "s3:ObjectCreated:*")),
                "'arn' of queue configuration #1 must not be empty");
        assertRefused(NotificationConfiguration.ofQueues(NotificationTarget.of("arn:q")),
                "'events' of queue configuration #1 must not be empty");
        assertRefused(
                new NotificationConfiguration(null, null,
                        List.of(NotificationTarget.of("arn:f", "s3:ObjectCreated:*"),
                                NotificationTarget.of("arn:g", "Put"))),
                "'events' of cloud-function configuration #2 must be event names starting with 's3:'");
        assertRefused(new NotificationConfiguration(
                List.of(NotificationTarget.of("arn:t", "s3:ObjectCreated:*").withFilter(new FilterRule("regex", ".*"))),
                null, null), "'filterRules' of topic configuration #1 may only name 'prefix' or 'suffix', not 'regex'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketNotification("photos", null))
            .withMessageContaining("'notification'");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    private void assertRefused(NotificationConfiguration configuration, String message) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setBucketNotification("photos", configuration))
            .withMessageContaining(message);
    }

}
