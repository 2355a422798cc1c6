package dev.miniospring.internal.xml;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Writing request documents with {@link S3Xml}: text XML 1.0 cannot carry fails with an
 * {@link IllegalArgumentException}, never a Jackson exception; CR, LF and tab survive.
 */
class S3XmlWriteTests {

    @Test
    void textXmlCannotCarryIsAnIllegalArgument() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> S3Xml.write(CreateBucketConfiguration.forRegion("eu\u0001west-1")))
            .withMessageStartingWith("Cannot write the CreateBucketConfiguration XML document: ");
        assertThatIllegalArgumentException().isThrownBy(() -> S3Xml.write(DeleteRequest.quiet(List.of("a\ud800b"))))
            .withMessageStartingWith("Cannot write the DeleteRequest XML document: ");
    }

    @Test
    void carriageReturnsAreEscapedSoKeysSurviveXmlLineEndNormalization() throws Exception {
        byte[] xml = S3Xml.write(DeleteRequest.quiet(List.of("cr\rlf\ntab\tcrlf\r\n")));
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<Key>cr&#xd;lf\ntab\tcrlf&#xd;\n</Key>");
        assertThat(S3Xml.read(xml, DeleteRequest.class).objects()).extracting(DeleteRequest.ObjectIdentifier::key)
            .containsExactly("cr\rlf\ntab\tcrlf\r\n");
    }

}
