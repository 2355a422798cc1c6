package dev.miniospring.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates an {@link EmbeddedS3ContextCustomizer} for a test class annotated (directly, on
 * an enclosing class or through a meta-annotation) with {@link AutoConfigureEmbeddedS3}.
 */
class EmbeddedS3ContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureEmbeddedS3 annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                AutoConfigureEmbeddedS3.class);
        if (annotation == null) {
            return null;
        }
        Set<String> buckets = new TreeSet<>(List.of(annotation.buckets()));
        return new EmbeddedS3ContextCustomizer(buckets);
    }

}
