package dev.miniospring.internal.transport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UserMetadata} value encoding.
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

}
