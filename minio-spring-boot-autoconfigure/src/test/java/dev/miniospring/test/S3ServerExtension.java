package dev.miniospring.test;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the real S3 server of this run ({@link S3ServerKind#selected()}) as an
 * {@link S3TestServer} parameter, so the same integration tests run on S3Proxy and, in
 * the {@code ceph} Maven profile, on Ceph RGW.
 */
public final class S3ServerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == S3TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return switch (S3ServerKind.selected()) {
            case S3PROXY -> S3ProxyExtension.server(extensionContext);
            case CEPH_RGW -> CephRgwExtension.server(extensionContext);
        };
    }

    /**
     * Returns a template builder pointed at a server with its credentials.
     * @param server the server
     * @return the builder, ready for more settings
     */
    public static MinioTemplateBuilder templateBuilder(S3TestServer server) {
        return MinioTemplate.builder()
            .endpoint(server.endpoint().toString())
            .credentials(server.accessKey(), server.secretKey());
    }

}
