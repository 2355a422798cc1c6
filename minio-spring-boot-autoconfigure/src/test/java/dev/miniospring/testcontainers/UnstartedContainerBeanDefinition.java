package dev.miniospring.testcontainers;

import java.util.List;

import org.testcontainers.containers.Container;

import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.testcontainers.beans.TestcontainerBeanDefinition;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * A {@code @ServiceConnection} container bean with a known image name whose container
 * object is never started, so Boot's public service connection support maps it without
 * Docker.
 */
final class UnstartedContainerBeanDefinition extends RootBeanDefinition implements TestcontainerBeanDefinition {

    private final String imageName;

    <C extends Container<?>> UnstartedContainerBeanDefinition(Class<C> type, String imageName, C container) {
        super(type, () -> container);
        this.imageName = imageName;
    }

    private UnstartedContainerBeanDefinition(UnstartedContainerBeanDefinition original) {
        super(original);
        this.imageName = original.imageName;
    }

    @Override
    public String getContainerImageName() {
        return this.imageName;
    }

    @Override
    public MergedAnnotations getAnnotations() {
        return MergedAnnotations.of(List.of(MergedAnnotation.of(ServiceConnection.class)));
    }

    @Override
    public RootBeanDefinition cloneBeanDefinition() {
        return new UnstartedContainerBeanDefinition(this);
    }

}
