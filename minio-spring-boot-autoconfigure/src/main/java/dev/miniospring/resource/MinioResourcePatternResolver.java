package dev.miniospring.resource;

import java.io.IOException;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.object.Item;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.Assert;
import org.springframework.util.PathMatcher;

/**
 * A {@link ResourcePatternResolver} that lists {@code minio://bucket/pattern} locations,
 * with Ant-style patterns ({@code minio://logs/2026/**&#47;*.json}), and hands every
 * other location to the resolver it decorates.
 *
 * <p>
 * A pattern is listed from the longest prefix of its key without wildcard, recursively,
 * and matched key by key; wildcards in the bucket name are rejected.
 *
 * @since 0.1.0
 */
public class MinioResourcePatternResolver implements ResourcePatternResolver {

    private final ResourcePatternResolver delegate;

    private final MinioProtocolResolver resolver;

    private final PathMatcher matcher = new AntPathMatcher();

    /**
     * Creates a resolver.
     * @param delegate the resolver of other locations, such as the application context
     * @param resolver the resolver of {@code minio://} locations
     */
    public MinioResourcePatternResolver(ResourcePatternResolver delegate, MinioProtocolResolver resolver) {
        Assert.notNull(delegate, "'delegate' must not be null");
        Assert.notNull(resolver, "'resolver' must not be null");
        this.delegate = delegate;
        this.resolver = resolver;
    }

    @Override
    public Resource getResource(String location) {
        return ObjectLocation.matches(location) ? this.resolver.resolve(location) : this.delegate.getResource(location);
    }

    @Override
    public @Nullable ClassLoader getClassLoader() {
        return this.delegate.getClassLoader();
    }

    @Override
    public Resource[] getResources(String locationPattern) throws IOException {
        if (!ObjectLocation.matches(locationPattern)) {
            return this.delegate.getResources(locationPattern);
        }
        MinioResource base = this.resolver.resolve(locationPattern);
        Assert.isTrue(!this.matcher.isPattern(base.bucket()),
                () -> "'locationPattern' must name one bucket, without wildcards (is '" + locationPattern + "')");
        if (!this.matcher.isPattern(base.key())) {
            return new Resource[] { base };
        }
        return list(base);
    }

    private Resource[] list(MinioResource base) {
        MinioOperations operations = base.operations();
        try (Stream<Item> items = operations.listObjectsV2(base.bucket(), fixedPrefix(base.key()), true)) {
            return items.filter((item) -> !item.isDir() && this.matcher.match(base.key(), item.name()))
                .map((item) -> base.withKey(item.name()))
                .toArray(Resource[]::new);
        }
    }

    private static String fixedPrefix(String pattern) {
        int end = pattern.length();
        for (char wildcard : new char[] { '*', '?', '{' }) {
            int index = pattern.indexOf(wildcard);
            end = (index >= 0) ? Math.min(end, index) : end;
        }
        return pattern.substring(0, end);
    }

}
