package dev.miniospring.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.miniospring.core.MinioTemplateBuilder;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.util.FileSystemUtils;

/**
 * Supplies the S3Proxy server shared by all tests of a run: started on first use with a
 * fresh data directory, stopped when the test plan ends (or, at the latest, when the JVM
 * exits), then its directory deleted (the store closes its values in the reverse order of
 * their insertion).
 */
public final class S3ProxyExtension implements ParameterResolver {

    /**
     * The access key the server accepts.
     */
    public static final String ACCESS_KEY = "test-access-key";

    /**
     * The secret key the server accepts.
     */
    public static final String SECRET_KEY = "test-secret-key-0123456789";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == S3ProxyServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server(extensionContext);
    }

    /**
     * Returns the shared server, starting it when needed.
     * @param context any extension context of the run
     * @return the server
     */
    public static S3ProxyServer server(ExtensionContext context) {
        return context.getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .computeIfAbsent(S3ProxyServer.class, (type) -> start(context), S3ProxyServer.class);
    }

    /**
     * Returns a template builder pointed at the server with its credentials.
     * @param server the server
     * @return the builder, ready for more settings
     */
    public static MinioTemplateBuilder templateBuilder(S3ProxyServer server) {
        return S3ServerExtension.templateBuilder(server);
    }

    private static S3ProxyServer start(ExtensionContext context) {
        try {
            Path directory = Files.createTempDirectory("s3proxy-test");
            AutoCloseable deleteDirectory = () -> FileSystemUtils.deleteRecursively(directory);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(directory, deleteDirectory);
            return S3ProxyServer.start(directory, ACCESS_KEY, SECRET_KEY);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
