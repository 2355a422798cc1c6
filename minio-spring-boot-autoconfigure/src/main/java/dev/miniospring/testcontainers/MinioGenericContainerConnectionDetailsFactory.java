package dev.miniospring.testcontainers;

import java.util.Map;

import org.testcontainers.containers.Container;

import dev.miniospring.autoconfigure.MinioConnectionDetails;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.util.ClassUtils;

/**
 * Creates {@link MinioConnectionDetails} from a {@code @ServiceConnection}-annotated
 * generic container of a {@code minio/minio} image: the S3 port 9000 as mapped on the
 * host, and the root user and password from the container's
 * {@code MINIO_ROOT_USER}/{@code MINIO_ROOT_PASSWORD} environment (MinIO's defaults when
 * absent). A {@code MinIOContainer} is left to
 * {@link MinioContainerConnectionDetailsFactory}.
 */
class MinioGenericContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<Container<?>, MinioConnectionDetails> {

    private static final int S3_PORT = 9000;

    private static final String MINIO_CONTAINER = "org.testcontainers.containers.MinIOContainer";

    MinioGenericContainerConnectionDetailsFactory() {
        super("minio/minio", "dev.miniospring.core.MinioTemplate");
    }

    @Override
    protected boolean sourceAccepts(ContainerConnectionSource<Container<?>> source, Class<?> requiredContainerType,
            Class<?> requiredConnectionDetailsType) {
        return super.sourceAccepts(source, requiredContainerType, requiredConnectionDetailsType)
                && !isMinioContainer(source);
    }

    private static boolean isMinioContainer(ContainerConnectionSource<Container<?>> source) {
        ClassLoader classLoader = MinioGenericContainerConnectionDetailsFactory.class.getClassLoader();
        return ClassUtils.isPresent(MINIO_CONTAINER, classLoader) && source.accepts(ANY_CONNECTION_NAME,
                ClassUtils.resolveClassName(MINIO_CONTAINER, classLoader), MinioConnectionDetails.class);
    }

    @Override
    protected MinioConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
        return new GenericMinioConnectionDetails(source);
    }

    /**
     * Connection details read from the running container.
     */
    static final class GenericMinioConnectionDetails extends ContainerConnectionDetails<Container<?>>
            implements MinioConnectionDetails {

        GenericMinioConnectionDetails(ContainerConnectionSource<Container<?>> source) {
            super(source);
        }

        @Override
        public String endpoint() {
            return "http://" + getContainer().getHost() + ":" + getContainer().getMappedPort(S3_PORT);
        }

        @Override
        public String accessKey() {
            return environment().getOrDefault("MINIO_ROOT_USER", "minioadmin");
        }

        @Override
        public String secretKey() {
            return environment().getOrDefault("MINIO_ROOT_PASSWORD", "minioadmin");
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        private Map<String, String> environment() {
            return getContainer().getEnvMap();
        }

    }

}
