package dev.miniospring.test;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.util.Assert;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Supplies a WireMock server per test class: started on a dynamic port before the first
 * test, reset (stubs, requests, scenarios) before each test, stopped after the last; the
 * twin of {@link S3ProxyExtension} for request shapes. Use
 * {@code @ExtendWith(WireMockExtension.class)}, or {@code @RegisterExtension} on a static
 * field for other options.
 */
public final class WireMockExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

    /**
     * The access key of {@link #templateBuilder(WireMockServer)}.
     */
    public static final String ACCESS_KEY = "AK";

    /**
     * The secret key of {@link #templateBuilder(WireMockServer)}.
     */
    public static final String SECRET_KEY = "SK";

    /**
     * The region of {@link #templateBuilder(WireMockServer)}, so that no location is
     * looked up.
     */
    public static final String REGION = "us-east-1";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
        .create(WireMockExtension.class);

    private final WireMockConfiguration options;

    /**
     * Creates an extension whose servers listen on a dynamic port with WireMock's default
     * options.
     */
    public WireMockExtension() {
        this(options().dynamicPort());
    }

    /**
     * Creates an extension whose servers use the given options.
     * @param options the server options, typically with a dynamic port
     */
    public WireMockExtension(WireMockConfiguration options) {
        Assert.notNull(options, "'options' must not be null");
        this.options = options;
    }

    /**
     * Creates an extension whose servers also listen for HTTPS on a dynamic port, with
     * the self-signed certificate of {@code src/test/resources/tls} (trusted through the
     * {@code tls/server.crt} test resource).
     * @return the extension
     */
    public static WireMockExtension withHttps() {
        return new WireMockExtension(options().dynamicPort()
            .dynamicHttpsPort()
            .keystorePath(Path.of("src/test/resources/tls/server.p12").toAbsolutePath().toString())
            .keystoreType("PKCS12")
            .keystorePassword("changeit")
            .keyManagerPassword("changeit"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        WireMockServer server = new WireMockServer(this.options);
        server.start();
        context.getStore(NAMESPACE).put(WireMockServer.class, server);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).resetAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WireMockServer server = context.getStore(NAMESPACE).remove(WireMockServer.class, WireMockServer.class);
        if (server != null) {
            server.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == WireMockServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server(extensionContext);
    }

    /**
     * Returns a template builder pointed at the server with {@link #ACCESS_KEY},
     * {@link #SECRET_KEY} and {@link #REGION}.
     * @param server the server
     * @return the builder, ready for more settings
     */
    public static MinioTemplateBuilder templateBuilder(WireMockServer server) {
        return MinioTemplate.builder().endpoint(server.baseUrl()).credentials(ACCESS_KEY, SECRET_KEY).region(REGION);
    }

    /**
     * Stubs a multipart upload of {@code /bucket/big} that succeeds:
     * CreateMultipartUpload answers upload id {@code u-1}, every UploadPart answers ETag
     * {@code "p"}, CompleteMultipartUpload answers ETag {@code "all"}.
     * @param server the server
     */
    public static void stubMultipartUpload(WireMockServer server) {
        server.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse()
            .withBody("<InitiateMultipartUploadResult><UploadId>u-1</UploadId></InitiateMultipartUploadResult>")));
        server.stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"p\"")));
        server.stubFor(post(urlEqualTo("/bucket/big?uploadId=u-1")).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"all\"</ETag></CompleteMultipartUploadResult>")));
    }

    private static WireMockServer server(ExtensionContext context) {
        WireMockServer server = context.getStore(NAMESPACE).get(WireMockServer.class, WireMockServer.class);
        Assert.state(server != null, "No WireMock server: the test class is not extended with WireMockExtension");
        return server;
    }

}
