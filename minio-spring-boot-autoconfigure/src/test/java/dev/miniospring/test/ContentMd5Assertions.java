package dev.miniospring.test;

import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.springframework.util.DigestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that requests recorded by WireMock carry the {@code Content-MD5} of their body,
 * as S3 requires for configuration PUTs.
 */
public final class ContentMd5Assertions {

    private ContentMd5Assertions() {
    }

    /**
     * Asserts that every request matching a pattern was sent, as XML, with the MD5 of its
     * body.
     * @param server the server
     * @param pattern the requests
     * @return the requests
     */
    public static List<LoggedRequest> assertXmlWithContentMd5(WireMockServer server, RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = server.findAll(pattern);
        assertThat(requests).isNotEmpty();
        for (LoggedRequest request : requests) {
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/xml");
            assertThat(request.getHeader("Content-MD5"))
                .isEqualTo(Base64.getEncoder().encodeToString(DigestUtils.md5Digest(request.getBody())));
        }
        return requests;
    }

}
