package dev.miniospring.testcontainers;

import org.testcontainers.containers.MinIOContainer;

import dev.miniospring.autoconfigure.MinioConnectionDetails;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * Creates {@link MinioConnectionDetails} from a {@code @ServiceConnection}-annotated
 * {@link MinIOContainer}.
 */
class MinioContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<MinIOContainer, MinioConnectionDetails> {

    MinioContainerConnectionDetailsFactory() {
        super(ANY_CONNECTION_NAME, "dev.miniospring.core.MinioTemplate");
    }

    @Override
    protected MinioConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<MinIOContainer> source) {
        return new MinioContainerConnectionDetails(source);
    }

    /**
     * Connection details read from the running container.
     */
    static final class MinioContainerConnectionDetails extends ContainerConnectionDetails<MinIOContainer>
            implements MinioConnectionDetails {

        MinioContainerConnectionDetails(ContainerConnectionSource<MinIOContainer> source) {
            super(source);
        }

        @Override
        public String endpoint() {
            return getContainer().getS3URL();
        }

        @Override
        public String accessKey() {
            return getContainer().getUserName();
        }

        @Override
        public String secretKey() {
            return getContainer().getPassword();
        }

        @Override
        public String region() {
            return "us-east-1";
        }

    }

}
