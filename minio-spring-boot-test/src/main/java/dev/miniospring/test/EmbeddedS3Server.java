package dev.miniospring.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.miniospring.core.MinioTemplate;
import dev.miniospring.testserver.S3ProxyServer;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.FileSystemUtils;

/**
 * An S3Proxy server with freshly generated keys and its data in a temporary directory,
 * holding the declared buckets; {@link #close()} stops it and deletes the directory.
 */
final class EmbeddedS3Server implements AutoCloseable {

    static final String REGION = "us-east-1";

    private static final Log logger = LogFactory.getLog(EmbeddedS3Server.class);

    private final S3ProxyServer server;

    private final Path directory;

    private EmbeddedS3Server(S3ProxyServer server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    /**
     * Starts a server and creates the buckets on it.
     * @param buckets the buckets to create
     * @return the running server
     */
    static EmbeddedS3Server start(Set<String> buckets) {
        Path directory = createDirectory();
        EmbeddedS3Server server = new EmbeddedS3Server(
                S3ProxyServer.start(directory, "test-" + randomToken().substring(0, 12), randomToken()), directory);
        try {
            server.createBuckets(buckets);
        }
        catch (RuntimeException ex) {
            server.close();
            throw ex;
        }
        logger.info("Started S3Proxy for the test context at " + server.endpoint() + " with buckets " + buckets);
        return server;
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("embedded-s3-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not create a directory for the embedded S3 server", ex);
        }
    }

    private void createBuckets(Set<String> buckets) {
        MinioTemplate template = MinioTemplate.builder()
            .endpoint(endpoint())
            .credentials(accessKey(), secretKey())
            .region(REGION)
            .requestFactory(new SimpleClientHttpRequestFactory())
            .build();
        buckets.forEach(template::makeBucket);
    }

    String endpoint() {
        return this.server.endpoint().toString();
    }

    String accessKey() {
        return this.server.accessKey();
    }

    String secretKey() {
        return this.server.secretKey();
    }

    @Override
    public void close() {
        this.server.close();
        try {
            FileSystemUtils.deleteRecursively(this.directory);
        }
        catch (IOException ex) {
            logger.warn("Could not delete " + this.directory + ": " + ex.getMessage());
        }
    }

    private static String randomToken() {
        return UUID.randomUUID().toString().replace("-", "");
    }

}
