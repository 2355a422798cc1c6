package dev.miniospring.internal.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The GetBucketNotificationConfiguration response and PutBucketNotificationConfiguration
 * request; a mutable class so that interleaved configurations are all kept.
 *
 * @since 0.1.0
 */
@JacksonXmlRootElement(localName = "NotificationConfiguration")
@JsonPropertyOrder({ "xmlns", "TopicConfiguration", "QueueConfiguration", "CloudFunctionConfiguration" })
public final class NotificationConfigurationDocument {

    private final List<Target> topics = new ArrayList<>();

    private final List<Target> queues = new ArrayList<>();

    private final List<Target> cloudFunctions = new ArrayList<>();

    /**
     * Returns the S3 namespace, written as the {@code xmlns} attribute.
     * @return the namespace URI
     */
    @JacksonXmlProperty(isAttribute = true, localName = "xmlns")
    public String xmlns() {
        return S3Namespace.URI;
    }

    /**
     * Returns the {@code <TopicConfiguration>} entries.
     * @return the mutable list
     */
    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "TopicConfiguration")
    public List<Target> topics() {
        return this.topics;
    }

    /**
     * Returns the {@code <QueueConfiguration>} entries.
     * @return the mutable list
     */
    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "QueueConfiguration")
    public List<Target> queues() {
        return this.queues;
    }

    /**
     * Returns the {@code <CloudFunctionConfiguration>} entries.
     * @return the mutable list
     */
    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "CloudFunctionConfiguration")
    public List<Target> cloudFunctions() {
        return this.cloudFunctions;
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "TopicConfiguration")
    public void setTopics(List<Target> topics) {
        this.topics.addAll(topics);
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "QueueConfiguration")
    public void setQueues(List<Target> queues) {
        this.queues.addAll(queues);
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "CloudFunctionConfiguration")
    public void setCloudFunctions(List<Target> cloudFunctions) {
        this.cloudFunctions.addAll(cloudFunctions);
    }

    /**
     * One topic, queue or cloud-function configuration; exactly one of the ARN elements
     * is set.
     *
     * @param id the configuration id
     * @param topic the {@code <Topic>} ARN
     * @param queue the {@code <Queue>} ARN
     * @param cloudFunction the {@code <CloudFunction>} ARN
     * @param events the {@code <Event>} names
     * @param filter the key filter
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({ "Id", "Topic", "Queue", "CloudFunction", "Event", "Filter" })
    public record Target(@JacksonXmlProperty(localName = "Id") @Nullable String id,
            @JacksonXmlProperty(localName = "Topic") @Nullable String topic,
            @JacksonXmlProperty(localName = "Queue") @Nullable String queue,
            @JacksonXmlProperty(localName = "CloudFunction") @Nullable String cloudFunction,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
                    localName = "Event") @Nullable List<String> events,
            @JacksonXmlProperty(localName = "Filter") @Nullable Filter filter) {

    }

    /**
     * A {@code <Filter>} element.
     *
     * @param key the key rules
     */
    public record Filter(@JacksonXmlProperty(localName = "S3Key") @Nullable S3Key key) {

    }

    /**
     * An {@code <S3Key>} element.
     *
     * @param rules the rules
     */
    public record S3Key(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(
            localName = "FilterRule") @Nullable List<Rule> rules) {

    }

    /**
     * A {@code <FilterRule>}.
     *
     * @param name {@code prefix} or {@code suffix}
     * @param value the value
     */
    @JsonPropertyOrder({ "Name", "Value" })
    public record Rule(@JacksonXmlProperty(localName = "Name") String name,
            @JacksonXmlProperty(localName = "Value") String value) {

    }

}
