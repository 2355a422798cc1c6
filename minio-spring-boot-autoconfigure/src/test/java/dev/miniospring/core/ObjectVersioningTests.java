package dev.miniospring.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.bucket.VersioningStatus;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.DeleteObject;
import dev.miniospring.object.ListObjectVersionsRequest;
import dev.miniospring.object.ObjectVersion;
import dev.miniospring.object.ObjectVersionsPage;
import dev.miniospring.test.WireMockExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.util.DigestUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Request shapes of bucket versioning, version listings and version removal, and the
 * answers they refuse, on WireMock.
 */
@ExtendWith(WireMockExtension.class)
class ObjectVersioningTests {

    private static final String NS = " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server).build();
    }

    @Test
    void getBucketVersioningReadsTheThreeStates() {
        stubVersioning("<VersioningConfiguration" + NS + "/>");
        assertThat(this.template.getBucketVersioning("bucket")).isEqualTo(VersioningStatus.OFF);
        stubVersioning("<VersioningConfiguration><Status>Enabled</Status><MfaDelete>Disabled</MfaDelete>"
                + "</VersioningConfiguration>");
        assertThat(this.template.getBucketVersioning("bucket")).isEqualTo(VersioningStatus.ENABLED);
        stubVersioning("<VersioningConfiguration" + NS + "><Status>Suspended</Status></VersioningConfiguration>");
        assertThat(this.template.getBucketVersioning("bucket")).isEqualTo(VersioningStatus.SUSPENDED);
        this.server.verify(3, getRequestedFor(urlEqualTo("/bucket?versioning")));
    }

    @Test
    void unknownVersioningStatusOrDocumentIsInvalid() {
        stubVersioning("<VersioningConfiguration><Status>Paused</Status></VersioningConfiguration>");
        assertInvalid(() -> this.template.getBucketVersioning("bucket"), "Paused");
        stubVersioning("<LegalHold><Status>ON</Status></LegalHold>");
        assertInvalid(() -> this.template.getBucketVersioning("bucket"), "<VersioningConfiguration>");
    }

    @Test
    void setBucketVersioningPutsTheStatusWithContentMd5() {
        this.server.stubFor(put("/bucket?versioning").willReturn(aResponse().withStatus(200)));
        this.template.setBucketVersioning("bucket", VersioningStatus.ENABLED);
        this.template.setBucketVersioning("bucket", VersioningStatus.SUSPENDED);
        List<LoggedRequest> requests = this.server.findAll(putRequestedFor(urlEqualTo("/bucket?versioning")));
        assertThat(requests).extracting(LoggedRequest::getBodyAsString)
            .containsExactly("<VersioningConfiguration" + NS + "><Status>Enabled</Status></VersioningConfiguration>",
                    "<VersioningConfiguration" + NS + "><Status>Suspended</Status></VersioningConfiguration>");
        assertThat(requests).allSatisfy(ObjectVersioningTests::assertContentMd5);
    }

    @Test
    void versioningCannotBeSetOffOrNull() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.setBucketVersioning("bucket", VersioningStatus.OFF))
            .withMessageContaining("'status' must be ENABLED or SUSPENDED");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.setBucketVersioning("bucket", null))
            .withMessage("'status' must not be null");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void listObjectVersionsAsksForOneLevelUrlEncodedAndKeepsServerOrder() {
        this.server.stubFor(get(urlPathEqualTo("/bucket")).willReturn(okXml("""
                <ListVersionsResult><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>
                <Version><Key>a+b%2Bc</Key><VersionId>v3</VersionId><IsLatest>false</IsLatest>
                <LastModified>2026-11-30T10:00:00.000Z</LastModified><ETag>&quot;e1&quot;</ETag><Size>5</Size></Version>
                <DeleteMarker><Key>a+b%2Bc</Key><VersionId>v2</VersionId><IsLatest>true</IsLatest>
                <LastModified>2026-11-30T11:00:00.000Z</LastModified></DeleteMarker>
                <CommonPrefixes><Prefix>dir%20x/</Prefix></CommonPrefixes>
                <Version><Key>z</Key><VersionId>null</VersionId><IsLatest>true</IsLatest><Size>1</Size></Version>
                </ListVersionsResult>""")));
        List<ObjectVersion> versions = this.template.listObjectVersions("bucket", "a", false).toList();
        assertThat(versions)
            .extracting(ObjectVersion::name, ObjectVersion::versionId, ObjectVersion::isLatest,
                    ObjectVersion::isDeleteMarker, ObjectVersion::isDir, ObjectVersion::size)
            .containsExactly(tuple("a b+c", "v3", false, false, false, 5L), tuple("a b+c", "v2", true, true, false, 0L),
                    tuple("z", "null", true, false, false, 1L), tuple("dir x/", null, false, false, true, 0L));
        assertThat(versions.get(0).etag()).isEqualTo("e1");
        assertThat(this.server.getAllServeEvents()).singleElement()
            .satisfies((event) -> assertThat(event.getRequest().getUrl())
                .isEqualTo("/bucket?versions&prefix=a&delimiter=%2F&encoding-type=url&max-keys=1000"));
    }

    @Test
    void listObjectVersionsPagesWithKeyAndVersionIdMarkers() {
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("key-marker", absent()).willReturn(okXml("""
                <ListVersionsResult><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
                <NextKeyMarker>a+b</NextKeyMarker><NextVersionIdMarker>v1</NextVersionIdMarker>
                <Version><Key>a+b</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest></Version>
                </ListVersionsResult>""")));
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("key-marker", equalTo("a b"))
            .withQueryParam("version-id-marker", equalTo("v1"))
            .willReturn(okXml("""
                    <ListVersionsResult><IsTruncated>false</IsTruncated>
                    <Version><Key>c</Key><VersionId>v2</VersionId><IsLatest>true</IsLatest></Version>
                    </ListVersionsResult>""")));
        assertThat(this.template.listObjectVersions("bucket", null, true).map(ObjectVersion::name))
            .containsExactly("a b", "c");
        ObjectVersionsPage page = this.template.listObjectVersionsPage("bucket",
                ListObjectVersionsRequest.of(null, true).withMaxKeys(1));
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.nextKeyMarker()).isEqualTo("a b");
        assertThat(page.nextVersionIdMarker()).isEqualTo("v1");
        assertThat(this.server.getAllServeEvents()).extracting((event) -> event.getRequest().getUrl())
            .contains("/bucket?versions&key-marker=a%20b&version-id-marker=v1&encoding-type=url&max-keys=1000",
                    "/bucket?versions&encoding-type=url&max-keys=1");
    }

    @Test
    void rawNextKeyMarkerOfCephRgwIsTakenAsTheLastKey() {
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("key-marker", absent()).willReturn(okXml("""
                <ListVersionsResult><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
                <NextKeyMarker>k+b</NextKeyMarker><NextVersionIdMarker>v1</NextVersionIdMarker>
                <Version><Key>k%2Bb</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest></Version>
                </ListVersionsResult>""")));
        ObjectVersionsPage page = this.template.listObjectVersionsPage("bucket",
                ListObjectVersionsRequest.of(null, true));
        assertThat(page.nextKeyMarker()).isEqualTo("k+b");
    }

    @Test
    void truncatedPageAfterACommonPrefixGoesOnWithoutVersionIdMarker() {
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("key-marker", absent()).willReturn(okXml("""
                <ListVersionsResult><IsTruncated>true</IsTruncated><NextKeyMarker>d/</NextKeyMarker>
                <CommonPrefixes><Prefix>d/</Prefix></CommonPrefixes></ListVersionsResult>""")));
        this.server.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("key-marker", equalTo("d/"))
            .withQueryParam("version-id-marker", absent())
            .willReturn(okXml("<ListVersionsResult><IsTruncated>false</IsTruncated></ListVersionsResult>")));
        assertThat(this.template.listObjectVersions("bucket", null, false).map(ObjectVersion::name))
            .containsExactly("d/");
    }

    @Test
    void truncatedPagesWithoutAWayOnAreInvalid() {
        String version = "<Version><Key>a</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest></Version>";
        stubListing("<IsTruncated>true</IsTruncated>" + version);
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(), "without NextKeyMarker");
        stubListing("<IsTruncated>true</IsTruncated><NextKeyMarker>a</NextKeyMarker>" + version);
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(),
                "without NextVersionIdMarker");
        stubListing("<IsTruncated>true</IsTruncated><NextKeyMarker>b</NextKeyMarker>"
                + "<NextVersionIdMarker>v1</NextVersionIdMarker>" + version);
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(),
                "NextKeyMarker 'b' that is not its last key 'a'");
        stubListing("<IsTruncated>true</IsTruncated><NextKeyMarker>a</NextKeyMarker>");
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(), "without entries");
    }

    @Test
    void samePageTwiceStopsTheListing() {
        stubListing("<IsTruncated>true</IsTruncated><NextKeyMarker>a</NextKeyMarker>"
                + "<NextVersionIdMarker>v1</NextVersionIdMarker>"
                + "<Version><Key>a</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest></Version>");
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(),
                "same version listing page twice");
        assertThat(this.server.getAllServeEvents()).hasSize(2);
    }

    @Test
    void versionsWithoutRequiredElementsAreInvalid() {
        stubListing("<IsTruncated>false</IsTruncated><Version><Key>a</Key><VersionId>v1</VersionId></Version>");
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(), "IsLatest");
        stubListing("<IsTruncated>false</IsTruncated><DeleteMarker><Key>a</Key><IsLatest>true</IsLatest>"
                + "</DeleteMarker>");
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(), "VersionId");
        stubListing("<Version><Key>a</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest></Version>");
        assertInvalid(() -> this.template.listObjectVersions("bucket", null, true).toList(), "IsTruncated");
    }

    @Test
    void versionListingRequestsAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> ListObjectVersionsRequest.of(null, true).withMaxKeys(0))
            .withMessageContaining("'maxKeys' must be 1 to 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> new ListObjectVersionsRequest(null, true, 10, null, "v1"))
            .withMessageContaining("'versionIdMarker' must not be given without 'keyMarker'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.listObjectVersionsPage("bucket", null))
            .withMessage("'request' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.listObjectVersions("B", null, true));
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void removeObjectsSendsVersionIdsAndBypassGovernance() {
        this.server.stubFor(post(urlPathEqualTo("/bucket")).willReturn(okXml("""
                <DeleteResult><Deleted><Key>a</Key><VersionId>v1</VersionId></Deleted>
                <Error><Key>b</Key><VersionId>v2</VersionId><Code>AccessDenied</Code><Message>locked</Message></Error>
                </DeleteResult>""")));
        List<DeleteError> errors = this.template.removeObjects("bucket",
                List.of(DeleteObject.version("a", "v1"), DeleteObject.version("b", "v2"), DeleteObject.of("c")), true)
            .toList();
        assertThat(errors).containsExactly(new DeleteError("b", "AccessDenied", "locked", "v2"));
        LoggedRequest request = this.server.getAllServeEvents().get(0).getRequest();
        assertThat(request.getUrl()).isEqualTo("/bucket?delete");
        assertThat(request.getHeader("x-amz-bypass-governance-retention")).isEqualTo("true");
        assertThat(request.getBodyAsString()).isEqualTo("<Delete" + NS + "><Quiet>true</Quiet>"
                + "<Object><Key>a</Key><VersionId>v1</VersionId></Object>"
                + "<Object><Key>b</Key><VersionId>v2</VersionId></Object><Object><Key>c</Key></Object></Delete>");
        assertContentMd5(request);
    }

    @Test
    void removeObjectsWithoutBypassSendsNoBypassHeader() {
        this.server.stubFor(post(urlPathEqualTo("/bucket")).willReturn(okXml("<DeleteResult/>")));
        assertThat(this.template.removeObjects("bucket", List.of(DeleteObject.version("a", "v1")), false)).isEmpty();
        assertThat(
                this.server.getAllServeEvents().get(0).getRequest().containsHeader("x-amz-bypass-governance-retention"))
            .isFalse();
    }

    @Test
    void badObjectsAreRefusedBeforeTheirBatchIsSent() {
        List<DeleteObject> withNull = new ArrayList<>(Arrays.asList(DeleteObject.of("a"), null));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.removeObjects("bucket", withNull, false).toList())
            .withMessage("'objects' must not contain null");
        assertThatIllegalArgumentException().isThrownBy(() -> DeleteObject.version("a", "v\n1"))
            .withMessage("'versionId' must not contain control characters");
        assertThatIllegalArgumentException()
            .isThrownBy(
                    () -> this.template.removeObjects("bucket", List.of(DeleteObject.of("a\u0001")), false).toList())
            .withMessageContaining("Invalid 'objects'");
        assertThatIllegalArgumentException().isThrownBy(() -> DeleteObject.version("a", ""))
            .withMessage("'versionId' must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> DeleteObject.of(""))
            .withMessage("'name' must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.removeObjects("bucket", null, false))
            .withMessage("'objects' must not be null");
        assertThat(this.server.getAllServeEvents()).isEmpty();
    }

    private void stubVersioning(String body) {
        this.server.stubFor(get("/bucket?versioning").willReturn(okXml(body)));
    }

    private void stubListing(String content) {
        this.server.stubFor(get(urlPathEqualTo("/bucket"))
            .willReturn(okXml("<ListVersionsResult>" + content + "</ListVersionsResult>")));
    }

    static void assertContentMd5(LoggedRequest request) {
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/xml");
        assertThat(request.getHeader("Content-MD5"))
            .isEqualTo(Base64.getEncoder().encodeToString(DigestUtils.md5Digest(request.getBody())));
    }

    static void assertInvalid(ThrowingCallable call, String detail) {
        assertThatExceptionOfType(MinioInvalidResponseException.class).isThrownBy(call).withMessageContaining(detail);
    }

}
