package org.springframework.boot.testcontainers.service.connection;

import org.testcontainers.containers.Container;

import org.springframework.boot.origin.Origin;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Creates {@link ContainerConnectionSource}s (package-private constructor) for container objects that were never
 * started, so factories can be tested without Docker.
 */
public final class UnstartedContainerSources {

    private UnstartedContainerSources() {
    }

    /**
     * Creates a source as {@code @ServiceConnection} on a field would.
     * @param <C> the container type
     * @param type the declared container type
     * @param imageName the container's image name
     * @param container the container object
     * @return the source
     */
    public static <C extends Container<?>> ContainerConnectionSource<C> of(Class<C> type, String imageName,
            C container) {
        MergedAnnotation<ServiceConnection> annotation = MergedAnnotation.of(ServiceConnection.class);
        return new ContainerConnectionSource<>("test", Origin.from("test"), type, imageName, annotation,
                () -> container, null, MergedAnnotations.of(java.util.List.of()));
    }

}
