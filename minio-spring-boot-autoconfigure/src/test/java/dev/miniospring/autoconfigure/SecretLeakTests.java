package dev.miniospring.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.health.MinioHealthIndicator;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.signing.MinioCredentials;
import dev.miniospring.test.FailureAnalyses;
import dev.miniospring.test.S3ProxyExtension;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.test.WireMockExtension;
import dev.miniospring.testserver.S3ProxyServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin.Location;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secret key never shows in logs (at TRACE), exception messages, {@code toString()}
 * of the configuration objects, or health details, whether operations succeed or fail.
 */
@ExtendWith({ S3ProxyExtension.class, WireMockExtension.class })
class SecretLeakTests {

    private static final String WIREMOCK_SECRET = "wiremock-secret-7f3a9c";

    private static final String WRONG_SECRET = "wrong-secret-b81d22";

    private static final List<String> SECRETS = List.of(S3ProxyExtension.SECRET_KEY, WIREMOCK_SECRET, WRONG_SECRET);

    private static final List<String> TRACED = List.of("dev.miniospring", "org.springframework.web.client",
            "org.springframework.http", "software.amazon.awssdk", "ROOT");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private final List<Level> previousLevels = new ArrayList<>();

    private WireMockServer wireMock;

    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void captureLogsAtTrace(WireMockServer wireMock) {
        this.wireMock = wireMock;
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        this.appender.setContext(context);
        this.appender.start();
        for (String name : TRACED) {
            Logger logger = context.getLogger(name);
            this.previousLevels.add(logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this.appender);
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
        for (int i = 0; i < TRACED.size(); i++) {
            context.getLogger(TRACED.get(i)).setLevel(this.previousLevels.get(i));
        }
    }

    @Test
    void logsAtTraceNeverContainTheSecret(S3ProxyServer server) throws IOException {
        runOperations(server);
        assertThat(this.appender.list).extracting(ILoggingEvent::getLoggerName)
            .anyMatch((name) -> name.startsWith("dev.miniospring.internal.transport"))
            .anyMatch((name) -> name.startsWith("software.amazon.awssdk.http.auth"));
        assertThat(this.appender.list).extracting(SecretLeakTests::describe).allSatisfy(SecretLeakTests::noSecret);
    }

    @Test
    void exceptionMessagesNeverContainTheSecret(S3ProxyServer server) throws IOException {
        runOperations(server);
        assertThat(this.failures).hasSizeGreaterThanOrEqualTo(4);
        assertThat(this.failures).extracting(SecretLeakTests::describe).allSatisfy(SecretLeakTests::noSecret);
    }

    @Test
    void toStringsNeverContainTheSecret(S3ProxyServer server) {
        contextRunner(server).run((context) -> {
            assertThat(context).hasNotFailed();
            noSecret(context.getBean(MinioProperties.class).toString());
            noSecret(context.getBean(MinioProperties.class).retry().toString());
            noSecret(context.getBean(MinioConnectionDetails.class).toString());
            noSecret(context.getBean(MinioTemplate.class).toString());
        });
        noSecret(new MinioCredentials("access", WIREMOCK_SECRET).toString());
        noSecret(template(this.wireMock.baseUrl(), WIREMOCK_SECRET).toString());
    }

    @Test
    void healthDetailsNeverContainTheSecret(S3ProxyServer server) throws IOException {
        this.wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403)
            .withBody(
                    "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match"
                            + "</Message></Error>")));
        List<Health> healths = List.of(health(template(this.wireMock.baseUrl(), WIREMOCK_SECRET), List.of()),
                health(template(closedPortUrl(), WIREMOCK_SECRET), List.of("bucket")),
                health(template(server.endpoint().toString(), WRONG_SECRET), List.of()),
                health(template(server.endpoint().toString(), S3ProxyExtension.SECRET_KEY), List.of("missing-bucket")));
        assertThat(healths).extracting(Health::toString).allSatisfy(SecretLeakTests::noSecret);
    }

    @Test
    void startupFailureAnalysisNeverContainsTheSecret() {
        AtomicReference<ConfigurableEnvironment> environment = new AtomicReference<>();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withInitializer((context) -> {
                environment.set(context.getEnvironment());
                context.getEnvironment()
                    .getPropertySources()
                    .addLast(applicationYaml("minio.secret-key", WIREMOCK_SECRET));
            })
            .withPropertyValues("minio.endpoint=" + this.wireMock.baseUrl(), "minio.access-key=access",
                    "minio.secret-key=")
            .run((context) -> {
                assertThat(context).hasFailed();
                List<FailureAnalysis> analyses = FailureAnalyses.analyze(context.getStartupFailure(),
                        environment.get());
                assertThat(analyses).isNotEmpty();
                assertThat(analyses)
                    .allSatisfy((analysis) -> noSecret(analysis.getDescription() + analysis.getAction()));
                noSecret(describe(context.getStartupFailure()));
            });
    }

    private static PropertySource<?> applicationYaml(String name, String value) {
        Origin origin = new TextResourceOrigin(new ClassPathResource("application.yml"), new Location(3, 16));
        return new OriginTrackedMapPropertySource("Config resource 'class path resource [application.yml]'",
                Map.of(name, OriginTrackedValue.of(value, origin)));
    }

    private void runOperations(S3ProxyServer server) throws IOException {
        MinioTemplate template = template(server.endpoint().toString(), S3ProxyExtension.SECRET_KEY);
        String bucket = UniqueBucketNames.unique("secrets");
        template.makeBucket(bucket);
        template.putObject(bucket, "key", new ByteArrayInputStream(new byte[100]), 100);
        try (InputStream in = template.getObject(bucket, "key")) {
            in.readAllBytes();
        }
        template.listObjectsV2(bucket, null, true).toList();
        template.presignedGetObject(bucket, "key", Duration.ofMinutes(5));
        attempt(() -> template.statObject(bucket, "missing"));
        attempt(() -> template(server.endpoint().toString(), WRONG_SECRET).listBuckets());
        this.wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)
            .withHeader("Retry-After", "0")
            .withBody("<Error><Code>SlowDown</Code></Error>")));
        attempt(() -> template(this.wireMock.baseUrl(), WIREMOCK_SECRET).putObject("bucket", "key",
                new ByteArrayInputStream(new byte[10]), 10));
        String closed = closedPortUrl();
        attempt(() -> template(closed, WIREMOCK_SECRET).listBuckets());
        attempt(() -> template(this.wireMock.baseUrl(), WIREMOCK_SECRET).putObject("bucket", "key",
                new ByteArrayInputStream(new byte[5]), 10));
    }

    private void attempt(Runnable operation) {
        try {
            operation.run();
        }
        catch (RuntimeException ex) {
            this.failures.add(ex);
        }
    }

    private static MinioTemplate template(String endpoint, String secret) {
        return MinioTemplate.builder()
            .endpoint(endpoint)
            .credentials(S3ProxyExtension.ACCESS_KEY, secret)
            .region("us-east-1")
            .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5)))
            .build();
    }

    private static Health health(MinioTemplate template, List<String> buckets) {
        return new MinioHealthIndicator(template, buckets).health();
    }

    private static ApplicationContextRunner contextRunner(S3ProxyServer server) {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + server.endpoint(), "minio.access-key=" + server.accessKey(),
                    "minio.secret-key=" + server.secretKey());
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
            text.append(" | ").append(proxy.getClassName()).append(": ").append(proxy.getMessage());
        }
        return text.toString();
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Consumer<Throwable> append = (t) -> text.append(t).append(" | ");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            append.accept(t);
            for (Throwable suppressed : t.getSuppressed()) {
                append.accept(suppressed);
            }
        }
        return text.toString();
    }

    private static void noSecret(String text) {
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
    }

}
