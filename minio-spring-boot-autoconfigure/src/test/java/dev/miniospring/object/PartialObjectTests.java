package dev.miniospring.object;

import java.io.IOException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A ranged read is answered only by a {@code 206} whose {@code Content-Range} is the
 * range asked for, never by the whole object or another range, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class PartialObjectTests {

    private static final byte[] EIGHT_BYTES = GeneratedInputStream.bytes(500, 8);

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(this.server).build();
    }

    @Test
    void partialContentWithTheRequestedRangeIsRead() throws IOException {
        answer(aResponse().withStatus(206).withHeader("Content-Range", "bytes 500-507/1000").withBody(EIGHT_BYTES));
        try (GetObjectResponse object = this.template.getPartialObject("bucket", "key", 500, 8)) {
            assertThat(object.readAllBytes()).containsExactly(EIGHT_BYTES);
            assertThat(object.stat().size()).isEqualTo(1000);
        }
        this.server.verify(getRequestedFor(urlEqualTo("/bucket/key")).withHeader("Range", equalTo("bytes=500-507")));
    }

    @Test
    void partialContentEndingBeforeTheEndOfAnOpenRangeIsRead() throws IOException {
        answer(aResponse().withStatus(206).withHeader("Content-Range", "bytes 500-507/508").withBody(EIGHT_BYTES));
        try (GetObjectResponse object = this.template.getPartialObject("bucket", "key", 500)) {
            assertThat(object.readAllBytes()).containsExactly(EIGHT_BYTES);
        }
        this.server.verify(getRequestedFor(urlEqualTo("/bucket/key")).withHeader("Range", equalTo("bytes=500-")));
    }

    @Test
    void wholeObjectAnsweredWith200IsAnError() {
        answer(aResponse().withStatus(200).withBody(GeneratedInputStream.bytes(0, 1000)));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.getPartialObject("bucket", "key", 500, 8).close())
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(200);
                assertThat(ex.getMessage()).contains("expected [206]").contains("ignored the Range header");
            });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "bytes 0-7/1000 | starts elsewhere", "bytes 500-999/1000 | ends beyond",
            "bytes 500-505/1000 | other than its Content-Length", "bytes */1000 | unsatisfied form", "'' | missing" })
    void partialContentWithAnotherRangeIsAnError(String contentRange, String description) {
        ResponseDefinitionBuilder response = aResponse().withStatus(206)
            .withHeader("Content-Length", "8")
            .withBody(EIGHT_BYTES);
        answer(contentRange.isEmpty() ? response : response.withHeader("Content-Range", contentRange));
        assertThatExceptionOfType(MinioInvalidResponseException.class).as(description)
            .isThrownBy(() -> this.template.getPartialObject("bucket", "key", 500, 8).close())
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(206);
                assertThat(ex.getMessage()).contains("does not answer the requested range bytes=500-507");
            });
    }

    @Test
    void rangeEndingBeyondTheLargestPositionIsRejectedBeforeSending() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.getPartialObject("bucket", "key", Long.MAX_VALUE - 5, 10))
            .withMessageContaining("'length' 10 from 'offset' " + (Long.MAX_VALUE - 5));
        this.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private void answer(ResponseDefinitionBuilder response) {
        this.server.stubFor(get(urlEqualTo("/bucket/key"))
            .willReturn(response.withHeader("Last-Modified", "Mon, 30 Nov 2026 12:00:00 GMT")));
    }

}
