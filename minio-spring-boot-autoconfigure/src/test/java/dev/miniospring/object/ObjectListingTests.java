package dev.miniospring.object;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.util.DigestUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The exact requests of listing and bulk removal, their laziness and their response
 * decoding, against WireMock.
 */
@ExtendWith(WireMockExtension.class)
class ObjectListingTests {

    private static final String LIST_V2_PAGE_1 = """
            <ListBucketResult><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>
            <NextContinuationToken>token/1+ =</NextContinuationToken>
            <Contents><Key>dir/a+b%2Bc</Key><LastModified>2026-01-02T03:04:05.000Z</LastModified>
            <ETag>"abc"</ETag><Size>3</Size></Contents>
            <CommonPrefixes><Prefix>dir/sub%20dir/</Prefix></CommonPrefixes></ListBucketResult>""";

    private static final String LIST_V2_PAGE_2 = """
            <ListBucketResult><IsTruncated>false</IsTruncated><EncodingType>url</EncodingType>
            <Contents><Key>dir/z</Key><Size>1</Size></Contents></ListBucketResult>""";

    private WireMockServer wireMock;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer wireMock) {
        this.wireMock = wireMock;
        this.template = WireMockExtension.templateBuilder(this.wireMock).build();
    }

    @Test
    void nothingIsSentBeforeTheStreamsAreConsumed() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket"))
            .willReturn(okXml("<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>")));
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("uploads", equalTo(""))
            .willReturn(okXml(
                    "<ListMultipartUploadsResult><IsTruncated>false</IsTruncated>" + "</ListMultipartUploadsResult>")));
        this.wireMock.stubFor(post(urlPathEqualTo("/bucket")).willReturn(okXml("<DeleteResult/>")));
        Stream<Item> v1 = this.template.listObjects("bucket", null, true);
        Stream<Item> v2 = this.template.listObjectsV2("bucket", "p", false).filter(Item::isDir);
        Stream<Upload> uploads = this.template.listIncompleteUploads("bucket", null, true);
        Stream<DeleteError> errors = this.template.removeObjects("bucket", List.of("a", "b"));
        assertThat(this.wireMock.getAllServeEvents()).isEmpty();
        assertThat(v1).isEmpty();
        assertThat(v2).isEmpty();
        assertThat(uploads).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(requests()).extracting(LoggedRequest::getUrl)
            .containsExactly("/bucket?encoding-type=url&max-keys=1000",
                    "/bucket?prefix=p&delimiter=%2F&encoding-type=url&max-keys=1000&list-type=2",
                    "/bucket?uploads&encoding-type=url&max-uploads=1000", "/bucket?delete");
    }

    @Test
    void listObjectsV2SendsItsParametersAndFetchesTheNextPageOnlyWhenNeeded() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("continuation-token", absent())
            .willReturn(okXml(LIST_V2_PAGE_1)));
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("continuation-token", equalTo("token/1+ ="))
            .willReturn(okXml(LIST_V2_PAGE_2)));
        Iterator<Item> items = this.template.listObjectsV2("bucket", "dir/", false).iterator();
        assertThat(items.next().name()).isEqualTo("dir/a b+c");
        assertThat(items.next()).isEqualTo(Item.directory("bucket", "dir/sub dir/"));
        assertThat(this.wireMock.getAllServeEvents()).hasSize(1);
        assertThat(items.next().name()).isEqualTo("dir/z");
        assertThat(items.hasNext()).isFalse();
        List<LoggedRequest> requests = requests();
        assertThat(query(requests.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of("list-type", "2", "prefix", "dir/",
                "delimiter", "/", "encoding-type", "url", "max-keys", "1000"));
        assertThat(query(requests.get(1))).containsEntry("continuation-token", "token/1+ =")
            .containsEntry("list-type", "2")
            .hasSize(6);
    }

    @Test
    void listObjectsV2PageDecodesItemsAndSendsPageControls() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).willReturn(okXml(LIST_V2_PAGE_1)));
        ListObjectsPage page = this.template.listObjectsV2Page("bucket",
                ListObjectsRequest.of(null, true).withMaxKeys(10).withStartAfter("a b").withMetadata(true));
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.nextToken()).isEqualTo("token/1+ =");
        assertThat(page.objects()).singleElement().satisfies((item) -> {
            assertThat(item.etag()).isEqualTo("abc");
            assertThat(item.size()).isEqualTo(3);
            assertThat(item.lastModified()).hasToString("2026-01-02T03:04:05Z");
        });
        assertThat(page.prefixes()).extracting(Item::name).containsExactly("dir/sub dir/");
        assertThat(query(requests().get(0))).containsExactlyInAnyOrderEntriesOf(Map.of("list-type", "2",
                "encoding-type", "url", "max-keys", "10", "start-after", "a b", "metadata", "true"));
    }

    @Test
    void listObjectsV1ContinuesFromTheDecodedNextMarkerOrTheLastKey() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("marker", absent()).willReturn(okXml("""
                <ListBucketResult><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>
                <Contents><Key>a</Key></Contents><Contents><Key>y+z%25</Key></Contents></ListBucketResult>""")));
        this.wireMock
            .stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("marker", equalTo("y z%")).willReturn(okXml("""
                    <ListBucketResult><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>
                    <NextMarker>p%2B/</NextMarker><Contents><Key>z</Key></Contents></ListBucketResult>""")));
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("marker", equalTo("p+/"))
            .willReturn(okXml("<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>")));
        assertThat(this.template.listObjects("bucket", null, true).map(Item::name)).containsExactly("a", "y z%", "z");
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(3);
        assertThat(query(requests.get(0)))
            .containsExactlyInAnyOrderEntriesOf(Map.of("encoding-type", "url", "max-keys", "1000"));
        assertThat(query(requests.get(2))).containsEntry("marker", "p+/").doesNotContainKey("list-type");
    }

    @Test
    void listObjectsV1PageWithoutNextMarkerContinuesAfterItsGreatestEntry() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).willReturn(okXml("""
                <ListBucketResult><IsTruncated>true</IsTruncated><Contents><Key>a</Key></Contents>
                <CommonPrefixes><Prefix>b/</Prefix></CommonPrefixes></ListBucketResult>""")));
        ListObjectsPage page = this.template.listObjectsPage("bucket", ListObjectsRequest.of(null, false));
        assertThat(page.nextToken()).isEqualTo("b/");
    }

    @Test
    void interleavedContentsAndCommonPrefixesAreAllKept() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).willReturn(okXml("""
                <ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a</Key></Contents>
                <CommonPrefixes><Prefix>b/</Prefix></CommonPrefixes><Contents><Key>c</Key></Contents>
                <CommonPrefixes><Prefix>d/</Prefix></CommonPrefixes></ListBucketResult>""")));
        assertThat(this.template.listObjects("bucket", null, false).map(Item::name)).containsExactly("a", "c", "b/",
                "d/");
    }

    @Test
    void removeObjectsPostsQuietBatchesOfAThousandWithContentMd5() {
        this.wireMock.stubFor(post(urlPathEqualTo("/bucket")).willReturn(okXml("""
                <DeleteResult><Deleted><Key>k0</Key></Deleted>
                <Error><Key>k1</Key><Code>AccessDenied</Code><Message>Access &amp; denied</Message></Error>
                <Deleted><Key>k2</Key></Deleted>
                <Error><Key>k3</Key><Code>InternalError</Code></Error></DeleteResult>""")));
        List<String> keys = IntStream.range(0, 2500).mapToObj((i) -> "k" + i).toList();
        Iterator<DeleteError> errors = this.template.removeObjects("bucket", keys).iterator();
        assertThat(errors.next()).isEqualTo(new DeleteError("k1", "AccessDenied", "Access & denied"));
        assertThat(this.wireMock.getAllServeEvents()).hasSize(1);
        errors.forEachRemaining((error) -> assertThat(error.objectName()).isIn("k1", "k3"));
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(3);
        assertThat(requests).extracting((request) -> objectCount(request.getBodyAsString()))
            .containsExactly(1000, 1000, 500);
        for (LoggedRequest request : requests) {
            assertThat(request.getUrl()).isEqualTo("/bucket?delete");
            assertThat(request.getHeader("Content-MD5"))
                .isEqualTo(Base64.getEncoder().encodeToString(DigestUtils.md5Digest(request.getBody())));
            assertThat(request.getHeader("Content-Type")).isEqualTo("application/xml");
            assertThat(request.getBodyAsString()).startsWith(
                    "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet>true</Quiet><Object><Key>k");
        }
    }

    @Test
    void removeObjectsReportsServerErrorsWhenConsumed() {
        this.wireMock.stubFor(post(urlPathEqualTo("/bucket")).willReturn(aResponse().withStatus(404)
            .withHeader("Content-Type", "application/xml")
            .withBody("<Error><Code>NoSuchBucket</Code><Message>No such bucket</Message></Error>")));
        Stream<DeleteError> errors = this.template.removeObjects("bucket", List.of("a"));
        assertThatExceptionOfType(MinioErrorResponseException.class).isThrownBy(errors::toList)
            .satisfies((ex) -> assertThat(ex.code()).isEqualTo("NoSuchBucket"));
    }

    @Test
    void listIncompleteUploadsPagesUploadsAndParts() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("key-marker", absent()).willReturn(okXml("""
                <ListMultipartUploadsResult><IsTruncated>true</IsTruncated><EncodingType>url</EncodingType>
                <NextKeyMarker>a+b</NextKeyMarker><NextUploadIdMarker>u1</NextUploadIdMarker>
                <Upload><Key>a+b</Key><UploadId>u1</UploadId>
                <Initiated>2026-01-02T03:04:05.000Z</Initiated></Upload>
                </ListMultipartUploadsResult>""")));
        this.wireMock
            .stubFor(get(urlPathEqualTo("/bucket")).withQueryParam("key-marker", equalTo("a b")).willReturn(okXml("""
                    <ListMultipartUploadsResult><IsTruncated>false</IsTruncated>
                    <Upload><Key>c</Key><UploadId>u2</UploadId></Upload></ListMultipartUploadsResult>""")));
        this.wireMock.stubFor(
                get(urlPathEqualTo("/bucket/a%20b")).withQueryParam("part-number-marker", absent()).willReturn(okXml("""
                        <ListPartsResult><IsTruncated>true</IsTruncated><NextPartNumberMarker>2</NextPartNumberMarker>
                        <Part><PartNumber>1</PartNumber><Size>5</Size></Part>
                        <Part><PartNumber>2</PartNumber><Size>6</Size></Part>
                        </ListPartsResult>""")));
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket/a%20b")).withQueryParam("part-number-marker", equalTo("2"))
            .willReturn(okXml("<ListPartsResult><IsTruncated>false</IsTruncated>"
                    + "<Part><PartNumber>3</PartNumber><Size>7</Size></Part></ListPartsResult>")));
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket/c"))
            .willReturn(aResponse().withStatus(404).withBody("<Error><Code>NoSuchUpload</Code></Error>")));
        assertThat(this.template.listIncompleteUploads("bucket", null, true))
            .containsExactly(new Upload("bucket", "a b", "u1", java.time.Instant.parse("2026-01-02T03:04:05Z"), 18));
        List<LoggedRequest> requests = requests();
        assertThat(query(requests.get(0)))
            .containsExactlyInAnyOrderEntriesOf(Map.of("uploads", "", "encoding-type", "url", "max-uploads", "1000"));
        assertThat(query(requests.get(1))).containsEntry("uploadId", "u1").hasSize(1);
        assertThat(query(requests.get(3))).containsEntry("key-marker", "a b").containsEntry("upload-id-marker", "u1");
    }

    @Test
    void listIncompleteUploadsSkipsAnUploadAbortedBeforeItsPartsAreListed() {
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket")).willReturn(okXml("""
                <ListMultipartUploadsResult><IsTruncated>false</IsTruncated>
                <Upload><Key>a</Key><UploadId>u1</UploadId></Upload>
                <Upload><Key>b</Key><UploadId>u2</UploadId></Upload></ListMultipartUploadsResult>""")));
        this.wireMock.stubFor(get(urlPathEqualTo("/bucket/a"))
            .willReturn(aResponse().withStatus(404).withBody("<Error><Code>NoSuchKey</Code></Error>")));
        this.wireMock.stubFor(
                get(urlPathEqualTo("/bucket/b")).willReturn(okXml("<ListPartsResult><IsTruncated>false</IsTruncated>"
                        + "<Part><PartNumber>1</PartNumber><Size>5</Size></Part></ListPartsResult>")));
        assertThat(this.template.listIncompleteUploads("bucket", null, true)).extracting(Upload::objectName)
            .containsExactly("b");
    }

    @Test
    void invalidArgumentsFailBeforeAnyRequest() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.listObjects("Bad_Bucket", null, true))
            .withMessageContaining("'bucket'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.listObjectsV2Page("bucket", null))
            .withMessage("'request' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> ListObjectsRequest.of(null, true).withMaxKeys(1001))
            .withMessageContaining("'maxKeys'");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.removeObjects("bucket", null))
            .withMessage("'keys' must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> this.template.removeIncompleteUpload("bucket", ""))
            .withMessage("'key' must not be empty");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.removeObjects("bucket", Arrays.asList("a", null)).toList())
            .withMessageContaining("'keys'");
        assertThat(this.wireMock.getAllServeEvents()).isEmpty();
    }

    private List<LoggedRequest> requests() {
        List<LoggedRequest> requests = new ArrayList<>();
        this.wireMock.getAllServeEvents().forEach((event) -> requests.add(0, event.getRequest()));
        return requests;
    }

    private static Map<String, String> query(LoggedRequest request) {
        String url = request.getUrl();
        Map<String, String> query = new LinkedHashMap<>();
        if (url.indexOf('?') < 0) {
            return query;
        }
        for (String parameter : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] nameValue = parameter.split("=", 2);
            query.put(decode(nameValue[0]), (nameValue.length > 1) ? decode(nameValue[1]) : "");
        }
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static int objectCount(String body) {
        return body.split("<Object>", -1).length - 1;
    }

}
