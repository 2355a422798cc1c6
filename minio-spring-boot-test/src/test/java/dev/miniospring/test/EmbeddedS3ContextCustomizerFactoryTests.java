package dev.miniospring.test;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context cache key part of {@link AutoConfigureEmbeddedS3}: equal for the same
 * buckets in any order, different otherwise, absent without the annotation.
 */
class EmbeddedS3ContextCustomizerFactoryTests {

    private final EmbeddedS3ContextCustomizerFactory factory = new EmbeddedS3ContextCustomizerFactory();

    @Test
    void factoryIsRegisteredForTheTestContextFramework() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ContextCustomizerFactory.class))
            .hasAtLeastOneElementOfType(EmbeddedS3ContextCustomizerFactory.class);
    }

    @Test
    void sameBucketsInAnyOrderGiveEqualCustomizers() {
        ContextCustomizer first = customizer(AB.class);
        ContextCustomizer second = customizer(BA.class);
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }

    @Test
    void otherBucketsGiveAnotherCustomizer() {
        assertThat(customizer(AB.class)).isNotEqualTo(customizer(C.class));
        assertThat(customizer(AB.class)).isNotEqualTo(customizer(NoBuckets.class));
    }

    @Test
    void classWithoutTheAnnotationGetsNoCustomizer() {
        assertThat(customizer(EmbeddedS3ContextCustomizerFactoryTests.class)).isNull();
    }

    @Test
    void annotationIsFoundOnEnclosingClassesAndMetaAnnotations() {
        assertThat(customizer(AB.Inner.class)).isEqualTo(customizer(AB.class));
        assertThat(customizer(MetaAnnotated.class)).isEqualTo(customizer(C.class));
    }

    private ContextCustomizer customizer(Class<?> testClass) {
        return this.factory.createContextCustomizer(testClass, List.of());
    }

    @AutoConfigureEmbeddedS3(buckets = { "a", "b" })
    static class AB {

        @Nested
        class Inner {

        }

    }

    @AutoConfigureEmbeddedS3(buckets = { "b", "a", "b" })
    static class BA {

    }

    @AutoConfigureEmbeddedS3(buckets = "c")
    static class C {

    }

    @AutoConfigureEmbeddedS3
    static class NoBuckets {

    }

    @Retention(RetentionPolicy.RUNTIME)
    @AutoConfigureEmbeddedS3(buckets = "c")
    @interface StorageTest {

    }

    @StorageTest
    static class MetaAnnotated {

    }

}
