package dev.miniospring.internal.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UserMetadata}: header names and value encoding.
 */
class UserMetadataTests {

    @Test
    void printableAsciiIsSentAsIs() {
        assertThat(UserMetadata.encode("a \"quoted\"  value; with=signs")).isEqualTo("a \"quoted\"  value; with=signs");
    }

    @Test
    void nonAsciiControlCharactersAndOuterWhitespaceAreEncodedWords() {
        assertThat(UserMetadata.encode("Grüße")).isEqualTo("=?UTF-8?B?R3LDvMOfZQ==?=");
        assertThat(UserMetadata.encode("tab\there")).startsWith("=?UTF-8?B?");
        assertThat(UserMetadata.encode(" padded")).startsWith("=?UTF-8?B?");
        assertThat(UserMetadata.encode("=?not?an?encoding?=")).startsWith("=?UTF-8?B?");
    }

    @Test
    void encodedWordsAreDecoded() {
        assertThat(UserMetadata.decode("=?UTF-8?B?R3LDvMOfZQ==?=")).isEqualTo("Grüße");
        assertThat(UserMetadata.decode("=?utf-8?q?caf=C3=A9_au_lait?=")).isEqualTo("café au lait");
        assertThat(UserMetadata.decode("=?UTF-8?B?R3I=?= =?UTF-8?B?w7zDn2U=?=")).isEqualTo("Grüße");
        assertThat(UserMetadata.decode("plain =?x?")).isEqualTo("plain =?x?");
        assertThat(UserMetadata.decode("=?no-such-charset?B?eA==?=")).isEqualTo("=?no-such-charset?B?eA==?=");
    }

    @Test
    void everyValueRoundTrips() {
        for (String value : new String[] { "", "plain", "  both  ", "東京 🚀", "=?UTF-8?B?Zm9v?=", "line\nbreak" }) {
            assertThat(UserMetadata.decode(UserMetadata.encode(value))).isEqualTo(value);
        }
    }

    @Test
    void namesAreSentWithTheLowerCasePrefixWhetherOrNotTheyHaveIt() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("X-Amz-Meta-Owner", "ann");
        metadata.put("Camera", "front");
        S3Request.Builder request = S3Request.builder(HttpMethod.PUT).bucket("bucket").key("key");
        UserMetadata.addHeaders(request, metadata);
        HttpHeaders headers = request.build().headers();
        assertThat(headers.getFirst("x-amz-meta-owner")).isEqualTo("ann");
        assertThat(headers.getFirst("x-amz-meta-camera")).isEqualTo("front");
    }

    @Test
    void onlyMetadataHeadersAreReadInAnyCaseAndNamedWithoutThePrefixInLowerCase() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-AMZ-META-Owner", "ann");
        headers.add("x-amz-meta-camera", "=?UTF-8?B?R3LDvMOfZQ==?=");
        headers.add("x-amz-metadata-directive", "REPLACE");
        headers.add("Content-Type", "text/plain");
        assertThat(UserMetadata.fromHeaders(headers)).containsExactly(Map.entry("camera", "Grüße"),
                Map.entry("owner", "ann"));
    }

}
