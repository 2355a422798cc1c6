package dev.miniospring.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import dev.miniospring.signing.AwsSdkCredentialsProvider;
import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.RefreshingCredentialsProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The {@link MinioCredentialsProvider} of the auto-configured template when the
 * credentials rotate: keys read from files ({@code minio.credentials.files.*}) or the AWS
 * SDK's credentials ({@code minio.credentials.aws-sdk}).
 */
@Configuration(proxyBeanMethods = false)
class MinioCredentialsConfiguration {

    private static void checkNoFixedKeys(MinioProperties properties, String property) {
        if (StringUtils.hasText(properties.accessKey())) {
            throw new InvalidConfigurationPropertyValueException(property, "set",
                    "minio.access-key is set as well: configure either fixed keys or rotating credentials");
        }
    }

    /**
     * Credentials read from files, and read again every
     * {@code minio.credentials.refresh-interval}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(MinioCredentialsProvider.class)
    @ConditionalOnProperty("minio.credentials.files.access-key")
    static class FileCredentialsConfiguration {

        @Bean
        RefreshingCredentialsProvider minioCredentialsProvider(MinioProperties properties) {
            checkNoFixedKeys(properties, "minio.credentials.files.access-key");
            MinioProperties.Files files = properties.credentials().files();
            return RefreshingCredentialsProvider.fromFiles(
                    readable(files.accessKey(), "minio.credentials.files.access-key"),
                    readable(files.secretKey(), "minio.credentials.files.secret-key"),
                    (files.sessionToken() != null)
                            ? readable(files.sessionToken(), "minio.credentials.files.session-token") : null,
                    properties.credentials().refreshInterval());
        }

        private static Path readable(@Nullable Path file, String property) {
            if (file == null || !Files.isReadable(file)) {
                throw new InvalidConfigurationPropertyValueException(property, (file != null) ? file : "",
                        "Credentials files must all be readable files");
            }
            return file;
        }

    }

    /**
     * The AWS SDK's credentials: the application's {@link AwsCredentialsProvider}, or the
     * SDK's default chain.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AwsCredentialsProvider.class)
    @ConditionalOnMissingBean(MinioCredentialsProvider.class)
    @ConditionalOnBooleanProperty("minio.credentials.aws-sdk")
    static class AwsSdkCredentialsConfiguration {

        @Bean
        AwsSdkCredentialsProvider minioCredentialsProvider(MinioProperties properties,
                ObjectProvider<AwsCredentialsProvider> awsCredentialsProvider) {
            checkNoFixedKeys(properties, "minio.credentials.aws-sdk");
            AwsCredentialsProvider application = awsCredentialsProvider.getIfUnique();
            return (application != null) ? new AwsSdkCredentialsProvider(application)
                    : new AwsSdkCredentialsProvider(DefaultCredentialsProvider.builder().build(), true);
        }

    }

}
