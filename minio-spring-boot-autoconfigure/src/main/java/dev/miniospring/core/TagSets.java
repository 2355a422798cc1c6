package dev.miniospring.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.transport.S3UriEncoder;
import dev.miniospring.internal.xml.Tagging;
import dev.miniospring.object.Tags;

import org.springframework.util.Assert;

/**
 * Converts {@link Tags} to and from the {@code <Tagging>} document and the
 * {@code x-amz-tagging} header.
 */
final class TagSets {

    private TagSets() {
    }

    /**
     * Renders tags as the value of the {@code x-amz-tagging} header of a PUT or a
     * multipart upload: a URL query ({@code key1=value1&key2=value2}) with keys and
     * values percent-encoded.
     * @param tags the tags
     * @return the header value, empty for no tags
     */
    static String header(Tags tags) {
        return tags.get()
            .entrySet()
            .stream()
            .map((tag) -> S3UriEncoder.encode(tag.getKey()) + "=" + S3UriEncoder.encode(tag.getValue()))
            .collect(Collectors.joining("&"));
    }

    static Tagging toDocument(Tags tags) {
        return Tagging
            .of(tags.get().entrySet().stream().map((tag) -> new Tagging.Tag(tag.getKey(), tag.getValue())).toList());
    }

    /**
     * Sends a GetObjectTagging or GetBucketTagging request and reads its answer.
     * @param transport the transport
     * @param request the request
     * @param factory {@link Tags#forObject} or {@link Tags#forBucket}
     * @param owner the object or bucket, for the message
     * @return the tags, empty when the server answers {@code NoSuchTagSet}
     */
    static Tags get(S3Transport transport, S3Request request, Function<Map<String, String>, Tags> factory,
            String owner) {
        Tags tags = ConfigurationReads.get(transport, request, Tagging.class, "NoSuchTagSet",
                (document) -> fromDocument(document, factory), "tags of " + owner);
        return (tags != null) ? tags : Tags.empty();
    }

    /**
     * Reads the tags of a {@code <Tagging>} answer.
     * @param document the answer
     * @param factory {@link Tags#forObject} or {@link Tags#forBucket}
     * @return the tags
     * @throws IllegalArgumentException when a key repeats or the tags break S3's limits
     */
    static Tags fromDocument(Tagging document, Function<Map<String, String>, Tags> factory) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tagging.Tag tag : document.tags()) {
            String value = (tag.value() != null) ? tag.value() : "";
            Assert.isTrue(tags.putIfAbsent(String.valueOf(tag.key()), value) == null,
                    () -> "the key '" + tag.key() + "' appears twice");
        }
        return factory.apply(tags);
    }

}
