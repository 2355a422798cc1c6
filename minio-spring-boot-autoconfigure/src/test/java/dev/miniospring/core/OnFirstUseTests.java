package dev.miniospring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OnFirstUse} creates its value on the first call only, also when several threads
 * ask at once, and {@link TemplateResources} builds its resources through it.
 */
class OnFirstUseTests {

    private final AtomicInteger created = new AtomicInteger();

    private Object create() {
        this.created.incrementAndGet();
        return new Object();
    }

    @Test
    void createsNothingBeforeTheFirstCallAndOnceAfterIt() {
        OnFirstUse<Object> value = new OnFirstUse<>();
        assertThat(this.created).hasValue(0);
        Object first = value.get(this::create);
        assertThat(value.get(this::create)).isSameAs(first);
        assertThat(this.created).hasValue(1);
    }

    @Test
    void concurrentFirstCallsCreateTheValueOnce() throws Exception {
        OnFirstUse<Object> value = new OnFirstUse<>();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(executor.submit(() -> start.await(10, TimeUnit.SECONDS) ? value.get(this::create) : null));
            }
            start.countDown();
            Object first = answers.get(0).get(30, TimeUnit.SECONDS);
            for (Future<Object> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isNotNull().isSameAs(first);
            }
        }
        finally {
            executor.shutdownNow();
        }
        assertThat(this.created).hasValue(1);
    }

    @Test
    void templateResourcesAreCreatedOnceEach() {
        MinioTemplate template = MinioTemplate.builder().endpoint("http://localhost:9000").build();
        TemplateResources resources = template.resources();
        assertThat(resources.objects()).isSameAs(resources.objects());
        assertThat(resources.compose()).isSameAs(resources.objects().composer());
        assertThat(resources.downloads()).isSameAs(resources.downloads());
        assertThat(resources.buckets()).isSameAs(resources.buckets()).isNotSameAs(resources.listing());
    }

}
