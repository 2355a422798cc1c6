package dev.miniospring.docker.compose;

import dev.miniospring.autoconfigure.MinioConnectionDetails;

import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;

/**
 * Creates {@link MinioConnectionDetails} for a {@code minio/minio},
 * {@code quay.io/minio/minio} or {@code bitnami/minio} service of a Docker Compose file:
 * the S3 port as mapped on the host and the root credentials from the service's
 * environment.
 */
class MinioDockerComposeConnectionDetailsFactory extends DockerComposeConnectionDetailsFactory<MinioConnectionDetails> {

    private static final String BITNAMI_MINIO = "bitnami/minio";

    private static final String SERVICE_CONNECTION_LABEL = "org.springframework.boot.service-connection";

    MinioDockerComposeConnectionDetailsFactory() {
        super(new String[] { "minio/minio", "quay.io/minio/minio", BITNAMI_MINIO },
                "dev.miniospring.core.MinioTemplate");
    }

    @Override
    protected MinioConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        RunningService service = source.getRunningService();
        MinioEnvironment environment = isBitnami(service) ? MinioEnvironment.ofBitnami(service.env())
                : MinioEnvironment.ofMinio(service.env());
        return new MinioDockerComposeConnectionDetails(service, environment);
    }

    private static boolean isBitnami(RunningService service) {
        String label = service.labels().get(SERVICE_CONNECTION_LABEL);
        String name = (label != null) ? ImageReference.of(label).getName() : service.image().getName();
        return name.equals(ImageReference.of(BITNAMI_MINIO).getName());
    }

    /**
     * Connection details of a running MinIO service.
     */
    static final class MinioDockerComposeConnectionDetails extends DockerComposeConnectionDetails
            implements MinioConnectionDetails {

        private final String endpoint;

        private final MinioEnvironment environment;

        MinioDockerComposeConnectionDetails(RunningService service, MinioEnvironment environment) {
            super(service);
            this.endpoint = environment.scheme() + "://" + service.host() + ":"
                    + service.ports().get(environment.port());
            this.environment = environment;
        }

        @Override
        public String endpoint() {
            return this.endpoint;
        }

        @Override
        public String accessKey() {
            return this.environment.rootUser();
        }

        @Override
        public String secretKey() {
            return this.environment.rootPassword();
        }

        @Override
        public String region() {
            return this.environment.region();
        }

        @Override
        public String toString() {
            return "MinioDockerComposeConnectionDetails[endpoint=" + this.endpoint + ", accessKey="
                    + this.environment.rootUser() + ", secretKey=******, region=" + this.environment.region() + "]";
        }

    }

}
