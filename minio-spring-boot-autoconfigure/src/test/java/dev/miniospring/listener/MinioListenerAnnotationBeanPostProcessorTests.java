package dev.miniospring.listener;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.notification.NotificationRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Which beans {@link MinioListenerAnnotationBeanPostProcessor} searches for
 * {@code @MinioListener} methods.
 */
class MinioListenerAnnotationBeanPostProcessorTests {

    private final MinioListenerAnnotationBeanPostProcessor processor = new MinioListenerAnnotationBeanPostProcessor(
            () -> {
                throw new IllegalStateException("no listener expected");
            });

    @Test
    void searchesApplicationBeans() {
        assertThatIllegalStateException()
            .isThrownBy(() -> this.processor.postProcessAfterInitialization(new Listening(), "listening"))
            .withMessageContaining("must take exactly one NotificationRecord");
    }

    @Test
    void neverSearchesTemplates() {
        ListeningTemplate template = mock(ListeningTemplate.class);
        assertThat(this.processor.postProcessAfterInitialization(template, "minioTemplate")).isSameAs(template);
    }

    @Test
    void registersTheListenersOfEveryBeanOfAClassAfterSkippingClassesWithout() {
        MinioListenerContainer container = mock(MinioListenerContainer.class);
        MinioListenerAnnotationBeanPostProcessor processor = new MinioListenerAnnotationBeanPostProcessor(
                () -> container);
        processor.postProcessAfterInitialization(new Plain(), "plain");
        processor.postProcessAfterInitialization(new Plain(), "otherPlain");
        processor.postProcessAfterInitialization(new Uploads(), "first");
        processor.postProcessAfterInitialization(new Uploads(), "second");
        ArgumentCaptor<MinioListenerEndpoint> endpoints = ArgumentCaptor.forClass(MinioListenerEndpoint.class);
        verify(container, times(2)).register(endpoints.capture(), any());
        assertThat(endpoints.getAllValues()).extracting(MinioListenerEndpoint::id)
            .containsExactly("first#onUpload", "second#onUpload");
    }

    static class Plain {

        void onUpload(NotificationRecord record) {
        }

    }

    static class Uploads {

        @MinioListener(bucket = "photos")
        void onUpload(NotificationRecord record) {
        }

    }

    static class Listening {

        @MinioListener(bucket = "photos")
        void onUpload(String wrong) {
        }

    }

    abstract static class ListeningTemplate implements MinioOperations {

        @MinioListener(bucket = "photos")
        void onUpload(String wrong) {
        }

    }

}
