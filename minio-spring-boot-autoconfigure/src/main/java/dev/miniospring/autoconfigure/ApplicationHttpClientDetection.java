package dev.miniospring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.util.ClassUtils;

/**
 * Keeps the HTTP client that Spring Boot detects for the application's own clients what
 * it would be without the starter, which brings Apache HttpClient 5 for the template:
 * unless {@code spring.http.clients.imperative.factory} names a client, Boot's detection
 * runs again with HttpClient 5 hidden.
 */
final class ApplicationHttpClientDetection
        implements ClientHttpRequestFactoryBuilderCustomizer<ClientHttpRequestFactoryBuilder<?>> {

    static final String FACTORY_PROPERTY = "spring.http.clients.imperative.factory";

    private static final String HTTP_COMPONENTS_PACKAGE = "org.apache.hc.client5.";

    private final Environment environment;

    private final @Nullable ClassLoader classLoader;

    ApplicationHttpClientDetection(Environment environment, @Nullable ClassLoader classLoader) {
        this.environment = environment;
        this.classLoader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
    }

    @Override
    public ClientHttpRequestFactoryBuilder<?> customize(ClientHttpRequestFactoryBuilder<?> builder) {
        if (isFactoryConfigured(this.environment)
                || !(builder instanceof HttpComponentsClientHttpRequestFactoryBuilder)) {
            return builder;
        }
        ClientHttpRequestFactoryBuilder<?> detected = ClientHttpRequestFactoryBuilder
            .detect(new WithoutHttpComponents(this.classLoader));
        if (detected instanceof JdkClientHttpRequestFactoryBuilder jdk
                && Threading.VIRTUAL.isActive(this.environment)) {
            return jdk.withExecutor(new VirtualThreadTaskExecutor("httpclient-"));
        }
        return detected;
    }

    /**
     * Tells whether the application names its HTTP client with
     * {@code spring.http.clients.imperative.factory}.
     * @param environment the environment
     * @return {@code true} when the property is set
     */
    static boolean isFactoryConfigured(Environment environment) {
        return Binder.get(environment).bind(FACTORY_PROPERTY, String.class).isBound();
    }

    /**
     * A class loader that does not see Apache HttpClient 5, for Boot's detection.
     */
    private static final class WithoutHttpComponents extends ClassLoader {

        WithoutHttpComponents(@Nullable ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(HTTP_COMPONENTS_PACKAGE)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

    }

}
