package dev.miniospring.sample;

import java.nio.file.Path;
import java.util.UUID;

import dev.miniospring.autoconfigure.MinioConnectionDetails;
import dev.miniospring.testserver.S3ProxyServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * When no {@code minio.endpoint} is configured, starts a local S3 server (S3Proxy with
 * its filesystem backend, in a child JVM) and points the template at it through
 * {@link MinioConnectionDetails}, with freshly generated keys.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMinioEndpointCondition.class)
class EmbeddedS3ServerConfiguration {

    private static final Log logger = LogFactory.getLog(EmbeddedS3ServerConfiguration.class);

    @Bean(destroyMethod = "close")
    S3ProxyServer embeddedS3Server(@Value("${sample.embedded-s3.directory:data/s3proxy}") Path directory) {
        S3ProxyServer server = S3ProxyServer.start(directory.toAbsolutePath(), "sample-" + randomToken(),
                randomToken());
        logger.info("No minio.endpoint configured: started embedded S3Proxy at " + server.endpoint() + " (data in "
                + directory.toAbsolutePath() + ")");
        return server;
    }

    @Bean
    MinioConnectionDetails embeddedS3ConnectionDetails(S3ProxyServer server) {
        return new MinioConnectionDetails() {

            @Override
            public String endpoint() {
                return server.endpoint().toString();
            }

            @Override
            public String accessKey() {
                return server.accessKey();
            }

            @Override
            public String secretKey() {
                return server.secretKey();
            }

            @Override
            public String region() {
                return "us-east-1";
            }

        };
    }

    private static String randomToken() {
        return UUID.randomUUID().toString().replace("-", "");
    }

}
