package dev.miniospring.core;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.object.Tags;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.miniospring.test.ContentMd5Assertions.assertXmlWithContentMd5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Request shapes of the object and bucket tagging operations, the answers S3 sends, bad
 * input and malformed answers, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class ObjectTaggingTests {

    private static final String TAGGING = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet>"
            + "<Tag><Key>project</Key><Value>apollo 11</Value></Tag><Tag><Key>empty</Key><Value></Value></Tag>"
            + "</TagSet></Tagging>";

    private static final String NO_SUCH_TAG_SET = "<Error><Code>NoSuchTagSet</Code>"
            + "<Message>The TagSet does not exist</Message></Error>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void getObjectTagsReadsTheTagSetInOrder() {
        this.server.stubFor(get("/photos/a%20b.jpg?tagging").willReturn(aResponse().withBody(TAGGING)));
        Tags tags = this.template.getObjectTags("photos", "a b.jpg");
        assertThat(tags.get()).containsExactly(Map.entry("project", "apollo 11"), Map.entry("empty", ""));
    }

    @Test
    void getObjectTagsOfAVersionSendsTheVersionId() {
        this.server.stubFor(get("/photos/a.jpg?tagging&versionId=v%2B1").willReturn(aResponse().withBody(TAGGING)));
        assertThat(this.template.getObjectTags("photos", "a.jpg", "v+1").size()).isEqualTo(2);
    }

    @Test
    void anEmptyTagSetAndNoSuchTagSetAreNoTags() {
        this.server.stubFor(
                get("/photos/a.jpg?tagging").willReturn(aResponse().withBody("<Tagging><TagSet></TagSet></Tagging>")));
        this.server
            .stubFor(get("/photos/b.jpg?tagging").willReturn(aResponse().withBody("<Tagging><TagSet/></Tagging>")));
        this.server.stubFor(get("/photos?tagging").willReturn(aResponse().withStatus(404).withBody(NO_SUCH_TAG_SET)));
        assertThat(this.template.getObjectTags("photos", "a.jpg")).isEqualTo(Tags.empty());
        assertThat(this.template.getObjectTags("photos", "b.jpg")).isEqualTo(Tags.empty());
        assertThat(this.template.getBucketTags("photos")).isEqualTo(Tags.empty());
    }

    @Test
    void setObjectTagsPutsTheTaggingDocumentWithContentMd5() {
        this.server.stubFor(put("/photos/a.jpg?tagging&versionId=v1").willReturn(aResponse()));
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("project", "apollo 11");
        tags.put("stage", "<final>");
        this.template.setObjectTags("photos", "a.jpg", "v1", Tags.forObject(tags));
        LoggedRequest request = assertXmlWithContentMd5(this.server,
                putRequestedFor(urlEqualTo("/photos/a.jpg?tagging&versionId=v1")))
            .get(0);
        assertThat(request.getBodyAsString()).isEqualTo("<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<TagSet><Tag><Key>project</Key><Value>apollo 11</Value></Tag>"
                + "<Tag><Key>stage</Key><Value>&lt;final></Value></Tag></TagSet></Tagging>");
    }

    @Test
    void setBucketTagsPutsTheTaggingDocumentWithContentMd5() {
        this.server.stubFor(put("/photos?tagging").willReturn(aResponse().withStatus(204)));
        this.template.setBucketTags("photos", Tags.forBucket(Map.of("team", "media")));
        LoggedRequest request = assertXmlWithContentMd5(this.server, putRequestedFor(urlEqualTo("/photos?tagging")))
            .get(0);
        assertThat(request.getBodyAsString()).contains("<TagSet><Tag><Key>team</Key><Value>media</Value></Tag>");
    }

    @Test
    void deletesSendDeleteOnTheTaggingSubResource() {
        this.server.stubFor(delete("/photos/a.jpg?tagging").willReturn(aResponse().withStatus(204)));
        this.server.stubFor(delete("/photos/a.jpg?tagging&versionId=v1").willReturn(aResponse().withStatus(204)));
        this.server.stubFor(delete("/photos?tagging").willReturn(aResponse().withStatus(204)));
        this.template.deleteObjectTags("photos", "a.jpg");
        this.template.deleteObjectTags("photos", "a.jpg", "v1");
        this.template.deleteBucketTags("photos");
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos/a.jpg?tagging")));
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos/a.jpg?tagging&versionId=v1")));
        this.server.verify(deleteRequestedFor(urlEqualTo("/photos?tagging")));
    }

    @Test
    void otherErrorsAreReported() {
        this.server.stubFor(get("/photos/a.jpg?tagging").willReturn(
                aResponse().withStatus(404).withBody("<Error><Code>NoSuchKey</Code><Message>no</Message></Error>")));
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.getObjectTags("photos", "a.jpg"))
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchKey"));
    }

    @Test
    void malformedAnswersAreInvalidResponses() {
        answer("/photos/html?tagging", "<html><body>Sign in</body></html>");
        answer("/photos/no-tag-set?tagging", "<Tagging></Tagging>");
        answer("/photos/no-key?tagging", "<Tagging><TagSet><Tag><Value>v</Value></Tag></TagSet></Tagging>");
        answer("/photos/twice?tagging", "<Tagging><TagSet><Tag><Key>k</Key><Value>1</Value></Tag>"
                + "<Tag><Key>k</Key><Value>2</Value></Tag></TagSet></Tagging>");
        answer("/photos/eleven?tagging", "<Tagging><TagSet>" + elevenTags() + "</TagSet></Tagging>");
        for (String key : new String[] { "html", "no-tag-set", "no-key", "eleven" }) {
            assertThatExceptionOfType(MinioInvalidResponseException.class)
                .isThrownBy(() -> this.template.getObjectTags("photos", key));
        }
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getObjectTags("photos", "twice"))
            .withMessageContaining("the key 'k' appears twice");
    }

    @Test
    void badInputIsRefusedBeforeSending() {
        Map<String, String> eleven = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("k" + i, "v");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> Tags.forObject(eleven))
            .withMessage("'tags' must hold at most 10 tags for an object (has 11)");
        Tags bucketTags = Tags.forBucket(eleven);
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setObjectTags("photos", "a", bucketTags))
            .withMessage("'tags' must hold at most 10 tags for an object (has 11)");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setObjectTags("photos", "a", null))
            .withMessageContaining("'tags'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setObjectTags("photos", "a", " ", Tags.empty()))
            .withMessageContaining("'versionId'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.getObjectTags("photos", "a", ""))
            .withMessageContaining("'versionId'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketTags("photos", Tags.empty()))
            .withMessageContaining("'tags' must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.deleteObjectTags("photos", ""))
            .withMessageContaining("'key'");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void tagsHeaderIsAPercentEncodedQuery() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("project", "apollo 11");
        tags.put("a&b", "x=y/z+é");
        assertThat(TagSets.header(Tags.forObject(tags))).isEqualTo("project=apollo%2011&a%26b=x%3Dy%2Fz%2B%C3%A9");
        assertThat(TagSets.header(Tags.empty())).isEmpty();
    }

    private static String elevenTags() {
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            tags.append("<Tag><Key>k").append(i).append("</Key><Value>v</Value></Tag>");
        }
        return tags.toString();
    }

    private void answer(String url, String body) {
        this.server.stubFor(get(url).willReturn(aResponse().withBody(body)));
    }

}
