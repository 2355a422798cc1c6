package dev.miniospring.test;

import dev.miniospring.autoconfigure.MinioConnectionDetails;

/**
 * Connection details of the test context's {@link EmbeddedS3Server}.
 */
final class EmbeddedS3ConnectionDetails implements MinioConnectionDetails {

    private final EmbeddedS3Server server;

    EmbeddedS3ConnectionDetails(EmbeddedS3Server server) {
        this.server = server;
    }

    @Override
    public String endpoint() {
        return this.server.endpoint();
    }

    @Override
    public String accessKey() {
        return this.server.accessKey();
    }

    @Override
    public String secretKey() {
        return this.server.secretKey();
    }

    @Override
    public String region() {
        return EmbeddedS3Server.REGION;
    }

    @Override
    public String toString() {
        return "EmbeddedS3ConnectionDetails[endpoint=" + endpoint() + ", secretKey=******]";
    }

}
