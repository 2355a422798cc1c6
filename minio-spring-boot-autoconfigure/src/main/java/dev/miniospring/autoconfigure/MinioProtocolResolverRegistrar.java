package dev.miniospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.resource.MinioProtocolResolver;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.Assert;

/**
 * Adds a {@link MinioProtocolResolver} to the application context before any bean is created, so that
 * {@code @Value("minio://…") Resource} fields and {@code ResourceLoader.getResource("minio://…")} resolve; the
 * template bean is looked up on the first resolution.
 */
class MinioProtocolResolverRegistrar implements BeanFactoryPostProcessor, ResourceLoaderAware, EnvironmentAware {

    private @Nullable ResourceLoader resourceLoader;

    private @Nullable Environment environment;

    private @Nullable MinioProtocolResolver resolver;

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Assert.state(this.environment != null, "No environment");
        MinioResourceProperties properties = Binder.get(this.environment)
            .bindOrCreate("minio.resource", MinioResourceProperties.class);
        this.resolver = new MinioProtocolResolver(() -> beanFactory.getBean(MinioOperations.class),
                properties.toSettings());
        Assert.state(this.resourceLoader instanceof DefaultResourceLoader,
                () -> "minio:// resources need a DefaultResourceLoader, such as every ApplicationContext; got "
                        + this.resourceLoader);
        ((DefaultResourceLoader) this.resourceLoader).addProtocolResolver(this.resolver);
    }

    MinioProtocolResolver resolver() {
        Assert.state(this.resolver != null, "The bean factory was not post-processed yet");
        return this.resolver;
    }

}
