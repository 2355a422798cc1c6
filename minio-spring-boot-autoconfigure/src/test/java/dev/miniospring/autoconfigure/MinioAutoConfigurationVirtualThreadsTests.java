package dev.miniospring.autoconfigure;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.notification.NotificationEvents;
import dev.miniospring.notification.NotificationSubscription;
import dev.miniospring.test.GeneratedInputStream;
import dev.miniospring.test.ListenEventStubs;
import dev.miniospring.test.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring.threads.virtual.enabled}: part uploads and listen subscriptions run on
 * virtual threads (Java 21 and later), on platform daemon threads otherwise.
 */
@ExtendWith(WireMockExtension.class)
class MinioAutoConfigurationVirtualThreadsTests {

    private static final int MIB = 1024 * 1024;

    private ApplicationContextRunner contextRunner;

    @BeforeEach
    void start(WireMockServer server) {
        server.stubFor(post(urlEqualTo("/bucket/big?uploads")).willReturn(aResponse()
            .withBody("<InitiateMultipartUploadResult><Bucket>bucket</Bucket><Key>big</Key><UploadId>upload-1"
                    + "</UploadId></InitiateMultipartUploadResult>")));
        server.stubFor(put(urlPathEqualTo("/bucket/big")).willReturn(aResponse().withHeader("ETag", "\"e\"")));
        server.stubFor(post(urlEqualTo("/bucket/big?uploadId=upload-1")).willReturn(aResponse()
            .withBody("<CompleteMultipartUploadResult><ETag>\"all\"</ETag></CompleteMultipartUploadResult>")));
        ListenEventStubs.oneEvent(server, "photos", "a");
        this.contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=" + server.baseUrl(), "minio.access-key=AK", "minio.secret-key=SK",
                    "minio.region=us-east-1", "minio.part-size=5MB", "minio.upload-concurrency=2");
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void partUploadsAndSubscriptionsRunOnVirtualThreadsWhenEnabled() {
        this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true")
            .run((context) -> assertThat(threadsOf(context.getBean(MinioTemplate.class))).containsOnly(true));
    }

    @Test
    void partUploadsAndSubscriptionsRunOnPlatformThreadsByDefault() {
        this.contextRunner
            .run((context) -> assertThat(threadsOf(context.getBean(MinioTemplate.class))).containsOnly(false));
    }

    @Test
    @EnabledForJreRange(max = JRE.JAVA_20)
    void virtualThreadsAreNotUsedBeforeJava21() {
        this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true")
            .run((context) -> assertThat(threadsOf(context.getBean(MinioTemplate.class))).containsOnly(false));
    }

    /**
     * Uploads a 3-part object and listens to one event, and tells which of the threads
     * that did the work were virtual: the progress of each part is reported on the thread
     * that uploaded it.
     */
    private static Set<Boolean> threadsOf(MinioTemplate template) throws Exception {
        Set<Boolean> virtual = ConcurrentHashMap.newKeySet();
        Set<Thread> partThreads = ConcurrentHashMap.newKeySet();
        template.putObject("bucket", "big", new GeneratedInputStream(11 * MIB), 11 * MIB, null, null, (progress) -> {
            if (progress.completedParts() > 0) {
                partThreads.add(Thread.currentThread());
            }
        });
        assertThat(partThreads).isNotEmpty()
            .allSatisfy((thread) -> assertThat(thread.getName()).startsWith("minio-upload-"));
        partThreads.forEach((thread) -> virtual.add(isVirtual(thread)));
        BlockingQueue<Thread> listenThreads = new LinkedBlockingQueue<>();
        try (NotificationSubscription subscription = template.listenBucketNotification("photos", null, null,
                List.of(NotificationEvents.OBJECT_CREATED_ALL), (event) -> listenThreads.add(Thread.currentThread()))) {
            Thread listening = listenThreads.poll(10, TimeUnit.SECONDS);
            assertThat(listening).isNotNull();
            assertThat(listening.getName()).isEqualTo("minio-listen-photos");
            virtual.add(isVirtual(listening));
        }
        return virtual;
    }

    private static boolean isVirtual(Thread thread) {
        try {
            return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        }
        catch (NoSuchMethodException ex) {
            return false;
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
