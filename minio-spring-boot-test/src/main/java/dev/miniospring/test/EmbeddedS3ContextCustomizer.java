package dev.miniospring.test;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.miniospring.autoconfigure.MinioConnectionDetails;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.Assert;

/**
 * Registers an {@link EmbeddedS3Server} with the declared buckets and the
 * {@link MinioConnectionDetails} pointing to it. Its equality (the set of buckets) is
 * part of the context cache key, so contexts with the same buckets share one server; the
 * server is a bean of the context and stops when the context closes.
 */
final class EmbeddedS3ContextCustomizer implements ContextCustomizer {

    private static final String SERVER_BEAN = "embeddedS3Server";

    private final Set<String> buckets;

    EmbeddedS3ContextCustomizer(Set<String> buckets) {
        this.buckets = Set.copyOf(buckets);
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        Assert.state(context instanceof BeanDefinitionRegistry,
                "@AutoConfigureEmbeddedS3 needs a context that is a BeanDefinitionRegistry");
        BeanDefinitionRegistry registry = (BeanDefinitionRegistry) context;
        registry.registerBeanDefinition(SERVER_BEAN,
                new RootBeanDefinition(EmbeddedS3Server.class, () -> EmbeddedS3Server.start(this.buckets)));
        registry.registerBeanDefinition("embeddedS3ConnectionDetails",
                new RootBeanDefinition(EmbeddedS3ConnectionDetails.class, () -> new EmbeddedS3ConnectionDetails(
                        context.getBeanFactory().getBean(SERVER_BEAN, EmbeddedS3Server.class))));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (this == other)
                || (other instanceof EmbeddedS3ContextCustomizer customizer && this.buckets.equals(customizer.buckets));
    }

    @Override
    public int hashCode() {
        return this.buckets.hashCode();
    }

}
