package dev.miniospring.http;

import dev.miniospring.internal.transport.S3Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link HeaderFields} and the {@link S3Request} headers it guards: no CR, LF or other
 * control character reaches an HTTP client.
 */
class HeaderFieldsTests {

    @ParameterizedTest
    @ValueSource(strings = { "text/plain\r\nX-Injected: 1", "a\nb", "a\rb", "nul\0", "del\u007f", "c1\u0085" })
    void valuesWithControlCharactersAreRejectedNamingTheSubject(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderFields.validateValue(value, "'contentType'"))
            .withMessage("'contentType' must not contain CR, LF or other control characters");
    }

    @Test
    void valuesMayHoldTabsSpacesAndNonAsciiText() {
        assertThatNoException().isThrownBy(() -> HeaderFields.validateValue("a\tb c \"d\" é 東京", "'v'"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "with space", "colon:", "line\nbreak", "x-amz-meta-ü" })
    void namesMustBeTokens(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderFields.validateName(name, "'requestHeaders'"))
            .withMessageStartingWith("'requestHeaders' name '")
            .withMessageContaining("must be a non-empty HTTP token")
            .withMessageNotContaining("\n");
    }

    @Test
    void nullNamesAndValuesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderFields.validateName(null, "'requestHeaders'"))
            .withMessage("'requestHeaders' must not contain null names");
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderFields.validateValue(null, "'etag'"))
            .withMessage("'etag' must not be null");
    }

    @Test
    void everyRequestHeaderIsCheckedWhereRequestsAreBuilt() {
        S3Request.Builder request = S3Request.builder(HttpMethod.PUT).bucket("b").key("k");
        assertThatIllegalArgumentException().isThrownBy(() -> request.header("x-amz-meta-a", "1\r\nx-amz-acl: public"))
            .withMessage("Header 'x-amz-meta-a' must not contain CR, LF or other control characters");
        assertThatIllegalArgumentException().isThrownBy(() -> request.header("Bad Name", "v"))
            .withMessageContaining("Header name 'Bad Name' must be a non-empty HTTP token");
        assertThat(request.header("x-amz-meta-a", "tab\tok").build().headers().getFirst("x-amz-meta-a"))
            .isEqualTo("tab\tok");
    }

}
