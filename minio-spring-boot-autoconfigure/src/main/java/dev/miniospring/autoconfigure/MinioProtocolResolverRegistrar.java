package dev.miniospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.resource.MinioProtocolResolver;
import dev.miniospring.resource.MinioResourcePatternResolver;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourceArrayPropertyEditor;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.Assert;

/**
 * Adds a {@link MinioProtocolResolver} to the application context before any bean is
 * created, so that {@code @Value("minio://…") Resource} fields and
 * {@code ResourceLoader.getResource("minio://…")} resolve, and lets
 * {@code @Value("minio://…/*.json") Resource[]} fields list patterns through a
 * {@link MinioResourcePatternResolver}; the template bean is looked up on the first
 * resolution.
 */
class MinioProtocolResolverRegistrar implements BeanFactoryPostProcessor, ResourceLoaderAware, EnvironmentAware {

    private @Nullable ResourceLoader resourceLoader;

    private @Nullable Environment environment;

    private @Nullable MinioResourcePatternResolver patternResolver;

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
        if (!(this.resourceLoader instanceof DefaultResourceLoader)
                || !(this.resourceLoader instanceof ResourcePatternResolver)) {
            throw new IllegalStateException("minio:// resources need a DefaultResourceLoader and "
                    + "ResourcePatternResolver, such as every ApplicationContext; got " + this.resourceLoader);
        }
        MinioResourceProperties properties = Binder.get(this.environment)
            .bindOrCreate("minio.resource", MinioResourceProperties.class);
        MinioProtocolResolver resolver = new MinioProtocolResolver(() -> beanFactory.getBean(MinioOperations.class),
                properties.toSettings());
        ((DefaultResourceLoader) this.resourceLoader).addProtocolResolver(resolver);
        this.patternResolver = new MinioResourcePatternResolver((ResourcePatternResolver) this.resourceLoader,
                resolver);
        Environment environment = this.environment;
        MinioResourcePatternResolver patterns = this.patternResolver;
        beanFactory.addPropertyEditorRegistrar((registry) -> registry.registerCustomEditor(Resource[].class,
                new ResourceArrayPropertyEditor(patterns, environment)));
    }

    MinioResourcePatternResolver patternResolver() {
        Assert.state(this.patternResolver != null, "The bean factory was not post-processed yet");
        return this.patternResolver;
    }

}
