package dev.miniospring.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.signing.AwsSdkCredentialsProvider;
import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.RefreshingCredentialsProvider;
import dev.miniospring.test.WireMockExtension;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credentials of the auto-configured template: session token, keys read from rotating
 * files, the AWS SDK's providers; checked on the {@code Authorization} header that
 * WireMock receives.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationCredentialsTests {

    private WireMockServer server;

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void start(WireMockServer server) {
        this.server = server;
        this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + this.server.baseUrl(), "minio.region=us-east-1");
    }

    @Test
    void sessionTokenIsSentSignedAndPresigned() {
        this.contextRunner
            .withPropertyValues("minio.access-key=ASIATEMP", "minio.secret-key=temp-secret",
                    "minio.session-token=temp-token")
            .run((context) -> {
                MinioTemplate template = context.getBean(MinioTemplate.class);
                assertThat(template.bucketExists("b-1")).isTrue();
                LoggedRequest request = lastRequest();
                assertThat(request.getHeader("X-Amz-Security-Token")).isEqualTo("temp-token");
                assertThat(request.getHeader("Authorization")).contains("Credential=ASIATEMP/")
                    .contains("x-amz-security-token");
                assertThat(template.presignedGetObject("b-1", "k")).contains("X-Amz-Security-Token=temp-token");
            });
    }

    @Test
    void sessionTokenWithoutKeysFailsAtStartup() {
        this.contextRunner.withPropertyValues("minio.session-token=temp-token")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("minio.session-token is set but minio.access-key is not"));
    }

    @Test
    void keysReadFromFilesAreUsedAfterTheFilesChange(@TempDir Path directory) throws Exception {
        Path accessKey = Files.writeString(directory.resolve("access-key"), "first-access");
        Path secretKey = Files.writeString(directory.resolve("secret-key"), "first-secret");
        this.contextRunner
            .withPropertyValues("minio.credentials.files.access-key=" + accessKey,
                    "minio.credentials.files.secret-key=" + secretKey, "minio.credentials.refresh-interval=1ms")
            .run((context) -> {
                assertThat(context).hasSingleBean(RefreshingCredentialsProvider.class);
                MinioTemplate template = context.getBean(MinioTemplate.class);
                template.bucketExists("b-1");
                assertThat(lastRequest().getHeader("Authorization")).contains("Credential=first-access/");
                Files.writeString(secretKey, "second-secret");
                Files.writeString(accessKey, "second-access");
                Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5)).until(() -> {
                    template.bucketExists("b-1");
                    return lastRequest().getHeader("Authorization").contains("Credential=second-access/");
                });
                assertThat(template.presignedGetObject("b-1", "k")).contains("X-Amz-Credential=second-access%2F");
            });
    }

    @Test
    void unreadableCredentialsFileFailsAtStartup(@TempDir Path directory) {
        this.contextRunner
            .withPropertyValues("minio.credentials.files.access-key=" + directory.resolve("missing"),
                    "minio.credentials.files.secret-key=" + directory.resolve("missing"))
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("minio.credentials.files.access-key"));
    }

    @Test
    void credentialsFilesAndFixedKeysTogetherFailAtStartup(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("key"), "value");
        this.contextRunner
            .withPropertyValues("minio.access-key=fixed", "minio.secret-key=fixed-secret",
                    "minio.credentials.files.access-key=" + file, "minio.credentials.files.secret-key=" + file)
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("minio.access-key is set as well"));
    }

    @Test
    void awsSdkProviderOfTheApplicationSignsRequests() {
        AwsCredentialsProvider aws = StaticCredentialsProvider
            .create(AwsSessionCredentials.create("ASIAAWS", "aws-secret", "aws-token"));
        this.contextRunner.withPropertyValues("minio.credentials.aws-sdk=true")
            .withBean(AwsCredentialsProvider.class, () -> aws)
            .run((context) -> {
                assertThat(context).hasSingleBean(AwsSdkCredentialsProvider.class);
                context.getBean(MinioTemplate.class).bucketExists("b-1");
                assertThat(lastRequest().getHeader("Authorization")).contains("Credential=ASIAAWS/");
                assertThat(lastRequest().getHeader("X-Amz-Security-Token")).isEqualTo("aws-token");
            });
    }

    @Test
    void awsSdkDefaultChainWhenTheApplicationHasNoProvider() {
        this.contextRunner.withPropertyValues("minio.credentials.aws-sdk=true")
            .run((context) -> assertThat(context).getBean(MinioCredentialsProvider.class)
                .isInstanceOf(AwsSdkCredentialsProvider.class)
                .hasToString("AwsSdkCredentialsProvider[DefaultCredentialsProvider]"));
    }

    @Test
    void awsSdkCredentialsWithoutTheSdkFailAtStartup() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(AwsCredentialsProvider.class))
            .withPropertyValues("minio.credentials.aws-sdk=true")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("need software.amazon.awssdk:auth on the classpath"));
    }

    @Test
    void noAdapterWithoutTheSdkOrWithoutTheProperty() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(AwsCredentialsProvider.class))
            .withPropertyValues("minio.access-key=fixed", "minio.secret-key=fixed-secret")
            .run((context) -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(MinioCredentialsProvider.class);
                context.getBean(MinioTemplate.class).bucketExists("b-1");
                assertThat(lastRequest().getHeader("Authorization")).contains("Credential=fixed/");
            });
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MinioCredentialsProvider.class));
    }

    @Test
    void applicationProviderBeanIsUsed() {
        this.contextRunner
            .withBean(MinioCredentialsProvider.class,
                    () -> MinioCredentialsProvider
                        .of(new dev.miniospring.signing.MinioCredentials("bean-access", "bean-secret")))
            .run((context) -> {
                context.getBean(MinioTemplate.class).bucketExists("b-1");
                assertThat(lastRequest().getHeader("Authorization")).contains("Credential=bean-access/");
            });
    }

    private LoggedRequest lastRequest() {
        List<LoggedRequest> requests = this.server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }

}
