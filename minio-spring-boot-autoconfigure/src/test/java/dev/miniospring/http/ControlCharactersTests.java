package dev.miniospring.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ControlCharacters}: what headers and XML 1.0 cannot carry, and how messages show
 * it.
 */
class ControlCharactersTests {

    @Test
    void headerValuesMayHoldTabsButNoOtherControlCharacter() {
        assertThat(ControlCharacters.inHeaderValue("a\tb é 🚀")).isFalse();
        assertThat(ControlCharacters.inHeaderValue("a\r\nb")).isTrue();
        assertThat(ControlCharacters.inHeaderValue("\u007f")).isTrue();
        assertThat(ControlCharacters.inHeaderValue("\u009f")).isTrue();
    }

    @Test
    void xmlCarriesTabLineFeedCarriageReturnAndSurrogatePairs() {
        assertThat(ControlCharacters.indexOfNonXml("a\tb\nc\rd 🚀 \u007f\u0085\ufffd")).isEqualTo(-1);
        assertThat(ControlCharacters.indexOfNonXml("ab\u0001")).isEqualTo(2);
        assertThat(ControlCharacters.indexOfNonXml("\u0000")).isZero();
        assertThat(ControlCharacters.indexOfNonXml("a\u001fb")).isEqualTo(1);
        assertThat(ControlCharacters.indexOfNonXml("lone \ud83d high")).isEqualTo(5);
        assertThat(ControlCharacters.indexOfNonXml("lone \ude80 low")).isEqualTo(5);
        assertThat(ControlCharacters.indexOfNonXml("x\uffff")).isEqualTo(1);
        assertThat(ControlCharacters.indexOfNonXml("x\ufffe")).isEqualTo(1);
    }

    @Test
    void escapeKeepsMessagesOnOneLine() {
        assertThat(ControlCharacters.escape("a\r\nb\tc\u0001 é 🚀 \ud83d!"))
            .isEqualTo("a\\u000D\\u000Ab\\u0009c\\u0001 é 🚀 \\uD83D!");
    }

}
