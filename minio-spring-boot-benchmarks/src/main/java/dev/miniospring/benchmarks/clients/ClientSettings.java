package dev.miniospring.benchmarks.clients;

import java.net.URI;

import dev.miniospring.benchmarks.tls.SelfSignedCertificate;

/**
 * What every client is configured with: the server, its credentials, the certificate to
 * trust over HTTPS, and the multipart part size and upload concurrency shared by all
 * libraries so that large uploads compare like with like.
 *
 * @param endpoint the server URL
 * @param accessKey the access key
 * @param secretKey the secret key
 * @param partSize the multipart part size in bytes
 * @param uploadConcurrency the parts uploaded in parallel
 * @param maxConnections the size of each client's connection pool
 * @param certificate the server's self-signed certificate to trust, or {@code null} over
 * HTTP
 * @param virtualThreads whether the client is set up as in an application with
 * {@code spring.threads.virtual.enabled=true} (our template only; the other libraries
 * have no such setting)
 */
public record ClientSettings(URI endpoint, String accessKey, String secretKey, long partSize, int uploadConcurrency,
        int maxConnections, SelfSignedCertificate certificate, boolean virtualThreads) {

    /** The region every client signs for. */
    public static final String REGION = "us-east-1";

    /**
     * Returns these settings for an application running on virtual threads.
     * @return the settings
     */
    public ClientSettings withVirtualThreads() {
        return new ClientSettings(this.endpoint, this.accessKey, this.secretKey, this.partSize, this.uploadConcurrency,
                this.maxConnections, this.certificate, true);
    }

}
