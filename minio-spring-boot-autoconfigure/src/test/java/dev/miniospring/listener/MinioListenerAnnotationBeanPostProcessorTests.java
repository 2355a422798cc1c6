package dev.miniospring.listener;

import org.junit.jupiter.api.Test;

import dev.miniospring.core.MinioOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

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
