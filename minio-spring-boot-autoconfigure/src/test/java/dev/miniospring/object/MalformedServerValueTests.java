package dev.miniospring.object;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Dates, numbers and encoded names the server sends that cannot be parsed make a
 * {@link MinioInvalidResponseException} saying what was wrong, never a raw Java
 * exception, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class MalformedServerValueTests {

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(this.server).build();
    }

    @Test
    void badLastModifiedInAListing() {
        listing("<Contents><Key>a</Key><LastModified>yesterday</LastModified></Contents>");
        assertInvalid(() -> this.template.listObjectsV2("bucket", null, true).toList(), "yesterday");
    }

    @Test
    void badPercentEscapeInAnUrlEncodedKey() {
        listing("<EncodingType>url</EncodingType><Contents><Key>a%zz</Key></Contents>");
        assertInvalid(() -> this.template.listObjectsV2("bucket", null, true).toList(),
                "Invalid url-encoded name 'a%zz'");
    }

    @Test
    void badPercentEscapeInAnUrlEncodedPrefix() {
        listing("<EncodingType>url</EncodingType><CommonPrefixes><Prefix>%E</Prefix></CommonPrefixes>");
        assertInvalid(() -> this.template.listObjects("bucket", null, false).toList(), "Invalid url-encoded name '%E'");
    }

    @Test
    void badCreationDateInTheBucketList() {
        this.server.stubFor(get("/").willReturn(okXml("<ListAllMyBucketsResult><Buckets><Bucket><Name>b</Name>"
                + "<CreationDate>31/12/2025</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>")));
        assertInvalid(this.template::listBuckets, "31/12/2025");
    }

    @Test
    void badInitiatedDateAndPartSizeOfIncompleteUploads() {
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("uploads", equalTo(""))
            .willReturn(okXml("<ListMultipartUploadsResult><IsTruncated>false</IsTruncated><Upload><Key>k</Key>"
                    + "<UploadId>u</UploadId><Initiated>soon</Initiated></Upload></ListMultipartUploadsResult>")));
        assertInvalid(() -> this.template.listIncompleteUploads("bucket", null, true).toList(), "soon");
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("uploads", equalTo(""))
            .willReturn(okXml("<ListMultipartUploadsResult><IsTruncated>false</IsTruncated><Upload><Key>k</Key>"
                    + "<UploadId>u</UploadId></Upload></ListMultipartUploadsResult>")));
        this.server.stubFor(get(urlPathEqualTo("/bucket/k")).willReturn(okXml("<ListPartsResult><IsTruncated>false"
                + "</IsTruncated><Part><PartNumber>1</PartNumber><Size>five</Size></Part></ListPartsResult>")));
        assertInvalid(() -> this.template.listIncompleteUploads("bucket", null, true).toList(), "five");
    }

    @Test
    void badLastModifiedHeaderOfStatObject() {
        stat(aResponse().withHeader("Last-Modified", "someday").withHeader("ETag", "\"e\""));
        assertInvalid(() -> this.template.statObject("bucket", "key"), "Last-Modified");
    }

    @Test
    void badObjectSizeInTheContentRangeOfGetObject() {
        this.server
            .stubFor(get(urlEqualTo("/bucket/key")).willReturn(aResponse().withHeader("Content-Range", "bytes 0-3/lots")
                .withHeader("Last-Modified", "Mon, 30 Nov 2026 12:00:00 GMT")
                .withBody("data")));
        assertInvalid(() -> this.template.getObject("bucket", "key").close(),
                "Invalid object size 'lots' in the Content-Range header");
    }

    private void listing(String entries) {
        this.server.stubFor(get(urlPathEqualTo("/bucket"))
            .willReturn(okXml("<ListBucketResult><IsTruncated>false</IsTruncated>" + entries + "</ListBucketResult>")));
    }

    private void stat(ResponseDefinitionBuilder response) {
        this.server.stubFor(head(urlEqualTo("/bucket/key")).willReturn(response));
    }

    private static void assertInvalid(Executable call, String problem) {
        assertThatExceptionOfType(MinioInvalidResponseException.class).isThrownBy(call::execute)
            .satisfies((ex) -> assertThat(ex.getMessage()).contains(problem));
    }

}
