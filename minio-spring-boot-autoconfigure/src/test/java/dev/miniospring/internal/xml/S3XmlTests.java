package dev.miniospring.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which bodies {@link S3Xml} accepts as S3 documents: the declared root element, with or
 * without the S3 namespace, and the required elements.
 */
class S3XmlTests {

    @ParameterizedTest
    @ValueSource(strings = { "", " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"",
            " xmlns=\"http://doc.s3.amazonaws.com/2006-03-01\"" })
    void readsTheDeclaredRootElementWithOrWithoutTheS3Namespace(String namespace) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CopyObjectResult" + namespace
                + "><LastModified>2026-01-02T03:04:05.000Z</LastModified><ETag>\"abc\"</ETag></CopyObjectResult>";
        assertThat(S3Xml.read(bytes(xml), CopyObjectResult.class).etag()).isEqualTo("\"abc\"");
    }

    @Test
    void rejectsAnotherRootElement() {
        assertInvalid("<html><body><ETag>x</ETag></body></html>", CopyObjectResult.class,
                "not a valid CopyObjectResult document: expected root element <CopyObjectResult>, found <html>");
    }

    @Test
    void rejectsAnHtmlPageWithADoctype() {
        assertThatExceptionOfType(InvalidXmlException.class).isThrownBy(() -> S3Xml.read(
                bytes("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><br></head></html>"),
                ListBucketResult.class))
            .withMessageStartingWith("not a valid ListBucketResult document: ");
    }

    @Test
    void rejectsTheRightNameInAForeignNamespace() {
        assertInvalid("<CopyObjectResult xmlns=\"http://example.com/other\"><ETag>x</ETag></CopyObjectResult>",
                CopyObjectResult.class, "found <CopyObjectResult> in namespace http://example.com/other");
    }

    @Test
    void rejectsADocumentWithoutARequiredRecordElement() {
        assertInvalid("<CompleteMultipartUploadResult><Key>k</Key></CompleteMultipartUploadResult>",
                CompleteMultipartUploadResult.class, "ETag");
    }

    @Test
    void rejectsAListingWithoutIsTruncated() {
        assertInvalid("<ListBucketResult><Contents><Key>a</Key></Contents></ListBucketResult>", ListBucketResult.class,
                "required element <IsTruncated> is missing");
    }

    @Test
    void rejectsAListingEntryWithoutItsKey() {
        assertInvalid("<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Size>1</Size></Contents>"
                + "</ListBucketResult>", ListBucketResult.class, "Key");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not xml", "<ListBucketResult><IsTruncated>false</IsTruncated>",
            "<ListBucketResult><IsTruncated>maybe</IsTruncated></ListBucketResult>" })
    void rejectsMalformedContent(String content) {
        assertThatExceptionOfType(InvalidXmlException.class)
            .isThrownBy(() -> S3Xml.read(bytes(content), ListBucketResult.class))
            .withMessageStartingWith("not a valid ListBucketResult document: ");
    }

    @Test
    void readOrErrorReturnsTheErrorDocumentSentInstead() throws IOException {
        Object document = S3Xml.readOrError(bytes("<Error><Code>InternalError</Code><Message>m</Message></Error>"),
                CompleteMultipartUploadResult.class);
        assertThat(document).isInstanceOfSatisfying(ErrorDocument.class,
                (error) -> assertThat(error.code()).isEqualTo("InternalError"));
    }

    @Test
    void readOrErrorRejectsAnErrorWithoutCode() {
        assertThatExceptionOfType(InvalidXmlException.class)
            .isThrownBy(() -> S3Xml.readOrError(bytes("<Error><Message>m</Message></Error>"), CopyObjectResult.class))
            .withMessageContaining("ErrorDocument")
            .withMessageContaining("Code");
    }

    @Test
    void aFailingStreamIsAnIoFailureNotAnInvalidDocument() {
        InputStream failing = new InputStream() {

            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }

        };
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> S3Xml.read(failing, ListBucketResult.class))
            .isNotInstanceOf(InvalidXmlException.class)
            .withMessage("Connection reset");
    }

    private static void assertInvalid(String xml, Class<?> type, String message) {
        assertThatExceptionOfType(InvalidXmlException.class).isThrownBy(() -> S3Xml.read(bytes(xml), type))
            .withMessageContaining(message);
    }

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

}
