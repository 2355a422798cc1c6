package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.object.CopyObjectOptions;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.GetObjectOptions;
import dev.miniospring.object.GetObjectResponse;
import dev.miniospring.object.ObjectEncryption;
import dev.miniospring.object.ObjectEncryption.Type;
import dev.miniospring.object.PutObjectOptions;
import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;
import dev.miniospring.object.StatObjectOptions;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The headers server-side encryption turns into on every request that needs them, on
 * WireMock, and the keys and endpoints refused before any request.
 */
@ExtendWith(WireMockExtension.class)
class ServerSideEncryptionTests {

    private static final int MIB = 1024 * 1024;

    private static final String LAST_MODIFIED = "Mon, 30 Nov 2026 12:00:00 GMT";

    private static final byte[] KEY = new byte[32];

    private static final String KEY_BASE64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static final String KEY_MD5 = "tP/LI3N87DFaSk0aoqYgzg==";

    private static final CustomerKey CUSTOMER_KEY;

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) i;
        }
        CUSTOMER_KEY = ServerSideEncryption.customerKey(KEY);
    }

    private static final String SSE_C = "x-amz-server-side-encryption-customer-";

    private static final String SOURCE_SSE_C = "x-amz-copy-source-server-side-encryption-customer-";

    private WireMockServer server;

    private MinioTemplate template;

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        this.template = WireMockExtension.templateBuilder(server)
            .partSize(5 * MIB)
            .uploadConcurrency(2)
            .allowCustomerKeysOverHttp(true)
            .build();
    }

    @Test
    void multipartUploadWithACustomerKeySendsItOnCreateEveryPartAndComplete() {
        WireMockExtension.stubMultipartUpload(this.server);
        PutObjectOptions options = PutObjectOptions.none().withEncryption(CUSTOMER_KEY);
        this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB, options);
        List<LoggedRequest> requests = this.server.findAll(anyRequestedFor(urlPathEqualTo("/bucket/big")));
        assertThat(requests).hasSize(5);
        requests.forEach((request) -> assertCustomerKey(request, SSE_C));
        requests.forEach((request) -> assertThat(request.containsHeader("x-amz-server-side-encryption")).isFalse());
    }

    @Test
    void multipartUploadWithKmsSendsItOnCreateOnly() {
        WireMockExtension.stubMultipartUpload(this.server);
        PutObjectOptions options = PutObjectOptions.none()
            .withEncryption(ServerSideEncryption.kms("key-1").withContext(Map.of("app", "a\"b")));
        this.template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB, options);
        this.server.verify(postRequestedFor(urlEqualTo("/bucket/big?uploads"))
            .withHeader("x-amz-server-side-encryption", equalTo("aws:kms"))
            .withHeader("x-amz-server-side-encryption-aws-kms-key-id", equalTo("key-1"))
            .withHeader("x-amz-server-side-encryption-context", equalTo("eyJhcHAiOiJhXCJiIn0=")));
        assertThat(this.server.findAll(putRequestedFor(urlPathEqualTo("/bucket/big")))).hasSize(3)
            .allSatisfy(ServerSideEncryptionTests::assertNoEncryption);
        assertThat(this.server.findAll(postRequestedFor(urlEqualTo("/bucket/big?uploadId=u-1")))).hasSize(1)
            .allSatisfy(ServerSideEncryptionTests::assertNoEncryption);
    }

    @Test
    void singlePutWithS3ManagedKeysSendsAes256() {
        this.server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        this.template.putObject("bucket", "key", new ByteArrayInputStream(new byte[3]), 3,
                PutObjectOptions.none().withEncryption(ServerSideEncryption.s3()));
        this.server.verify(
                putRequestedFor(urlEqualTo("/bucket/key")).withHeader("x-amz-server-side-encryption", equalTo("AES256"))
                    .withHeader("x-amz-server-side-encryption-aws-kms-key-id", absent())
                    .withHeader(SSE_C + "key", absent()));
    }

    @Test
    void getAndFgetSendTheCustomerKey(@TempDir Path directory) throws Exception {
        this.server.stubFor(get(urlPathEqualTo("/bucket/key"))
            .willReturn(aResponse().withHeader("Last-Modified", LAST_MODIFIED).withBody("abc")));
        GetObjectOptions options = GetObjectOptions.none().withCustomerKey(CUSTOMER_KEY);
        try (GetObjectResponse object = this.template.getObject("bucket", "key", options)) {
            assertThat(object.readAllBytes()).asString().isEqualTo("abc");
        }
        this.template.fgetObject("bucket", "key", directory.resolve("file"), options);
        List<LoggedRequest> requests = this.server.findAll(getRequestedFor(urlPathEqualTo("/bucket/key")));
        assertThat(requests).hasSize(2).allSatisfy((request) -> assertCustomerKey(request, SSE_C));
    }

    @Test
    void statSendsTheCustomerKeyAndReportsTheEncryption() {
        this.server.stubFor(head(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")
            .withHeader("Last-Modified", LAST_MODIFIED)
            .withHeader(SSE_C + "algorithm", "AES256")
            .withHeader(SSE_C + "key-MD5", KEY_MD5)));
        StatObjectOptions options = StatObjectOptions.none().withCustomerKey(CUSTOMER_KEY);
        assertThat(this.template.statObject("bucket", "key", options).encryption())
            .isEqualTo(new ObjectEncryption(Type.CUSTOMER_KEY, null, KEY_MD5));
        assertCustomerKey(this.server.findAll(headRequestedFor(urlPathEqualTo("/bucket/key"))).get(0), SSE_C);
    }

    @Test
    void statReportsKmsAndS3ManagedEncryptionAndNone() {
        stubHead("/bucket/kms", aResponse().withHeader("x-amz-server-side-encryption", "aws:kms")
            .withHeader("x-amz-server-side-encryption-aws-kms-key-id", "key-1"));
        stubHead("/bucket/s3", aResponse().withHeader("x-amz-server-side-encryption", "AES256"));
        stubHead("/bucket/plain", aResponse());
        assertThat(this.template.statObject("bucket", "kms").encryption())
            .isEqualTo(new ObjectEncryption(Type.KMS, "key-1", null));
        assertThat(this.template.statObject("bucket", "s3").encryption())
            .isEqualTo(new ObjectEncryption(Type.S3_MANAGED, null, null));
        assertThat(this.template.statObject("bucket", "plain").encryption()).isNull();
    }

    @Test
    void statRefusesAnEncryptionItDoesNotKnow() {
        stubHead("/bucket/key", aResponse().withHeader("x-amz-server-side-encryption", "aws:kms:dsse-x"));
        assertThatExceptionOfType(MinioInvalidResponseException.class)
            .isThrownBy(() -> this.template.statObject("bucket", "key"))
            .withMessageContaining("aws:kms:dsse-x");
    }

    @Test
    void copySendsTheSourceKeyOnTheHeadAndAsCopySourceAndTheNewKeyForTheTarget() {
        stubHead("/src/key", aResponse().withHeader("Content-Length", "3"));
        this.server.stubFor(put(urlPathEqualTo("/bucket/copy"))
            .willReturn(aResponse().withBody("<CopyObjectResult><ETag>\"c\"</ETag></CopyObjectResult>")));
        byte[] newKey = new byte[32];
        Arrays.fill(newKey, (byte) 7);
        this.template.copyObject("bucket", "copy", CopySource.of("src", "key").withCustomerKey(CUSTOMER_KEY),
                CopyObjectOptions.none().withEncryption(ServerSideEncryption.customerKey(newKey)));
        assertCustomerKey(this.server.findAll(headRequestedFor(urlPathEqualTo("/src/key"))).get(0), SSE_C);
        LoggedRequest copy = this.server.findAll(putRequestedFor(urlPathEqualTo("/bucket/copy"))).get(0);
        assertCustomerKey(copy, SOURCE_SSE_C);
        assertThat(copy.getHeader(SSE_C + "algorithm")).isEqualTo("AES256");
        assertThat(copy.getHeader(SSE_C + "key")).isEqualTo("BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=");
        assertThat(copy.getHeader(SSE_C + "key-MD5")).isEqualTo("y4HAEFCYWuvAXWFTtA1Qpg==");
    }

    @Test
    void copyToKmsSendsTheTargetEncryptionOnly() {
        stubHead("/src/key", aResponse().withHeader("Content-Length", "3"));
        this.server.stubFor(put(urlPathEqualTo("/bucket/copy"))
            .willReturn(aResponse().withBody("<CopyObjectResult><ETag>\"c\"</ETag></CopyObjectResult>")));
        this.template.copyObject("bucket", "copy", CopySource.of("src", "key"),
                CopyObjectOptions.none().withEncryption(ServerSideEncryption.kms("key-1")));
        this.server.verify(putRequestedFor(urlEqualTo("/bucket/copy"))
            .withHeader("x-amz-server-side-encryption", equalTo("aws:kms"))
            .withHeader("x-amz-server-side-encryption-aws-kms-key-id", equalTo("key-1"))
            .withHeader(SOURCE_SSE_C + "key", absent()));
    }

    @Test
    void keysThatAreNot32BytesAreRefusedBeforeAnyRequest() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServerSideEncryption.customerKey(new byte[16]))
            .withMessageContaining("'key'")
            .withMessageContaining("32 bytes");
        assertThatIllegalArgumentException().isThrownBy(() -> ServerSideEncryption.customerKey(new byte[33]))
            .withMessageContaining("'key'");
        assertThatIllegalArgumentException().isThrownBy(() -> ServerSideEncryption.kms(" "))
            .withMessageContaining("'keyId'");
        assertThat(this.server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void theKeyIsInNoStringAndNoMessage() {
        assertThat(CUSTOMER_KEY.toString()).doesNotContain(KEY_BASE64).doesNotContain(KEY_MD5);
        assertThat(PutObjectOptions.none().withEncryption(CUSTOMER_KEY).toString()).doesNotContain(KEY_BASE64);
        assertThat(CopySource.of("src", "key").withCustomerKey(CUSTOMER_KEY).toString()).doesNotContain(KEY_BASE64);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.template.presignedGetObject("bucket", "key", Duration.ofMinutes(1),
                    GetObjectOptions.none().withCustomerKey(CUSTOMER_KEY)))
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(KEY_BASE64));
        assertThat(this.server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void customerKeysAreRefusedOverPlainHttpBeforeAnyRequestUnlessAllowed(@TempDir Path directory) throws IOException {
        MinioTemplate plain = WireMockExtension.templateBuilder(this.server).build();
        Path file = Files.write(directory.resolve("file"), new byte[3]);
        List<Runnable> calls = List.of(
                () -> plain.putObject("bucket", "key", new ByteArrayInputStream(new byte[3]), 3,
                        PutObjectOptions.none().withEncryption(CUSTOMER_KEY)),
                () -> plain.fputObject("bucket", "key", file, PutObjectOptions.none().withEncryption(CUSTOMER_KEY)),
                () -> plain.fgetObject("bucket", "key", directory.resolve("target"),
                        GetObjectOptions.none().withCustomerKey(CUSTOMER_KEY)),
                () -> plain.getObject("bucket", "key", GetObjectOptions.none().withCustomerKey(CUSTOMER_KEY)),
                () -> plain.statObject("bucket", "key", StatObjectOptions.none().withCustomerKey(CUSTOMER_KEY)),
                () -> plain.copyObject("bucket", "copy", CopySource.of("src", "key").withCustomerKey(CUSTOMER_KEY),
                        CopyObjectOptions.none()),
                () -> plain.copyObject("bucket", "copy", CopySource.of("src", "key"),
                        CopyObjectOptions.none().withEncryption(CUSTOMER_KEY)));
        calls.forEach((call) -> assertThatIllegalArgumentException().isThrownBy(call::run)
            .withMessageContaining("plain http")
            .withMessageContaining("allowCustomerKeysOverHttp")
            .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(KEY_BASE64)));
        assertThat(this.server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        this.server.stubFor(put(urlPathEqualTo("/bucket/key")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        plain.putObject("bucket", "key", new ByteArrayInputStream(new byte[3]), 3,
                PutObjectOptions.none().withEncryption(ServerSideEncryption.s3()));
        assertThat(this.server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    private void stubHead(String path, ResponseDefinitionBuilder response) {
        MappingBuilder mapping = head(urlPathEqualTo(path))
            .willReturn(response.withHeader("Last-Modified", LAST_MODIFIED).withHeader("ETag", "\"e\""));
        this.server.stubFor(mapping);
    }

    private static void assertCustomerKey(LoggedRequest request, String prefix) {
        assertThat(request.getHeader(prefix + "algorithm")).as(request.getUrl()).isEqualTo("AES256");
        assertThat(request.getHeader(prefix + "key")).as(request.getUrl()).isEqualTo(KEY_BASE64);
        assertThat(request.getHeader(prefix + "key-MD5")).as(request.getUrl()).isEqualTo(KEY_MD5);
    }

    private static void assertNoEncryption(LoggedRequest request) {
        assertThat(request.getHeaders().keys()).as(request.getUrl())
            .noneMatch((name) -> name.toLowerCase(Locale.ROOT).startsWith("x-amz-server-side-encryption"));
    }

}
