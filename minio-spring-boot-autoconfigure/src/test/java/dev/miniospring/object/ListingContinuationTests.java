package dev.miniospring.object;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A truncated listing page that gives no way to go on is an invalid response, never the
 * silent end of the listing, on WireMock.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ExtendWith(WireMockExtension.class)
class ListingContinuationTests {

    private static final String UPLOAD = "<Upload><Key>k</Key><UploadId>u1</UploadId></Upload>";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(this.server).build();
    }

    @Test
    void truncatedV2PageWithoutContinuationTokenFails() {
        this.server.stubFor(get(urlPathEqualTo("/bucket")).willReturn(okXml("""
                <ListBucketResult><IsTruncated>true</IsTruncated>
                <Contents><Key>a</Key><Size>1</Size></Contents></ListBucketResult>""")));
        assertCannotGoOn(() -> this.template.listObjectsV2("bucket", null, true).toList(), "NextContinuationToken");
        assertCannotGoOn(() -> this.template.listObjectsV2Page("bucket", ListObjectsRequest.of(null, true)),
                "NextContinuationToken");
    }

    @Test
    void truncatedV1PageWithoutNextMarkerOrEntriesFails() {
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("marker", absent()).willReturn(okXml("""
                <ListBucketResult><IsTruncated>true</IsTruncated><NextMarker>a</NextMarker>
                <Contents><Key>a</Key></Contents></ListBucketResult>""")));
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("marker", equalTo("a"))
            .willReturn(okXml("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>")));
        assertCannotGoOn(() -> this.template.listObjects("bucket", null, true).toList(),
                "neither NextMarker nor entries");
    }

    @Test
    void truncatedUploadsPageWithoutNextKeyMarkerFails() {
        stubUploads("<ListMultipartUploadsResult><IsTruncated>true</IsTruncated>" + UPLOAD
                + "</ListMultipartUploadsResult>");
        assertCannotGoOn(() -> this.template.listIncompleteUploads("bucket", null, true).toList(),
                "without NextKeyMarker");
    }

    @Test
    void truncatedUploadsPageRepeatingItsMarkersFails() {
        stubUploads("<ListMultipartUploadsResult><IsTruncated>true</IsTruncated><NextKeyMarker>k</NextKeyMarker>"
                + "<NextUploadIdMarker>u1</NextUploadIdMarker>" + UPLOAD + "</ListMultipartUploadsResult>");
        assertCannotGoOn(() -> this.template.listIncompleteUploads("bucket", null, true).toList(),
                "with the markers of the previous page");
    }

    @Test
    void truncatedPartsPageWithoutNextPartNumberMarkerFails() {
        stubUploads("<ListMultipartUploadsResult><IsTruncated>false</IsTruncated>" + UPLOAD
                + "</ListMultipartUploadsResult>");
        this.server.stubFor(get(urlPathEqualTo("/bucket/k")).willReturn(okXml("""
                <ListPartsResult><IsTruncated>true</IsTruncated>
                <Part><PartNumber>1</PartNumber><Size>5</Size></Part></ListPartsResult>""")));
        assertCannotGoOn(() -> this.template.listIncompleteUploads("bucket", null, true).toList(),
                "without a NextPartNumberMarker");
    }

    private void stubUploads(String page) {
        this.server
            .stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("uploads", equalTo("")).willReturn(okXml(page)));
        this.server.stubFor(get(urlPathEqualTo("/bucket/k"))
            .willReturn(okXml("<ListPartsResult><IsTruncated>false</IsTruncated></ListPartsResult>")));
    }

    private static void assertCannotGoOn(Executable listing, String reason) {
        assertThatExceptionOfType(MinioInvalidResponseException.class).isThrownBy(listing::execute)
            .satisfies((ex) -> assertThat(ex.getMessage()).contains(reason).endsWith("the listing cannot go on"));
    }

}
