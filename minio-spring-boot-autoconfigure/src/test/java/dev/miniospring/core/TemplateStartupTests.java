package dev.miniospring.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a template leaves to its first request: its {@link RestClient.Builder}, and with
 * it its HTTP clients, is asked for once, when the first request is sent (also when
 * several are sent at once), never when it is built.
 */
@ExtendWith(WireMockExtension.class)
class TemplateStartupTests {

    private WireMockServer server;

    private final AtomicInteger builders = new AtomicInteger();

    private final Supplier<RestClient.Builder> restClientBuilder = () -> {
        this.builders.incrementAndGet();
        return RestClient.builder();
    };

    @BeforeEach
    void setUp(WireMockServer server) {
        this.server = server;
        server.stubFor(head(urlEqualTo("/photos")).willReturn(aResponse()));
    }

    @Test
    void buildingATemplateOrItsHealthCheckTemplateAsksForNoRestClientBuilder() {
        MinioTemplate template = WireMockExtension.templateBuilder(this.server)
            .restClientBuilder(this.restClientBuilder)
            .build();
        template.forHealthCheck(Duration.ofSeconds(1));
        assertThat(this.builders).hasValue(0);
    }

    @Test
    void theFirstRequestAsksForTheRestClientBuilderOnce() {
        MinioTemplate template = WireMockExtension.templateBuilder(this.server)
            .restClientBuilder(this.restClientBuilder)
            .build();
        assertThat(template.bucketExists("photos")).isTrue();
        assertThat(template.bucketExists("photos")).isTrue();
        assertThat(this.builders).hasValue(1);
        this.server.verify(2, headRequestedFor(urlEqualTo("/photos")));
    }

    @Test
    void concurrentFirstRequestsAskForTheRestClientBuilderOnce() throws Exception {
        MinioTemplate template = WireMockExtension.templateBuilder(this.server)
            .restClientBuilder(this.restClientBuilder)
            .build();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers
                    .add(executor.submit(() -> start.await(10, TimeUnit.SECONDS) && template.bucketExists("photos")));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        finally {
            executor.shutdownNow();
        }
        assertThat(this.builders).hasValue(1);
        this.server.verify(threads, headRequestedFor(urlEqualTo("/photos")));
    }

    @Test
    void settingsChangedAfterBuildDoNotReachTheTemplate() {
        MinioTemplateBuilder builder = WireMockExtension.templateBuilder(this.server)
            .restClientBuilder(this.restClientBuilder);
        MinioTemplate template = builder.build();
        builder.restClientCustomizer((restClient) -> restClient.defaultHeader("x-later", "yes"));
        assertThat(template.bucketExists("photos")).isTrue();
        this.server.verify(headRequestedFor(urlEqualTo("/photos")).withoutHeader("x-later"));
    }

}
