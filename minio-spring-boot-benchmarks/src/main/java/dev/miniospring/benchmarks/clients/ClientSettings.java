package dev.miniospring.benchmarks.clients;

import java.net.URI;

/**
 * What every client is configured with: the server, its credentials, and the multipart part size and upload
 * concurrency shared by all libraries so that large uploads compare like with like.
 *
 * @param endpoint the server URL
 * @param accessKey the access key
 * @param secretKey the secret key
 * @param partSize the multipart part size in bytes
 * @param uploadConcurrency the parts uploaded in parallel
 * @param maxConnections the size of each client's connection pool
 */
public record ClientSettings(URI endpoint, String accessKey, String secretKey, long partSize, int uploadConcurrency,
        int maxConnections) {

    /** The region every client signs for. */
    public static final String REGION = "us-east-1";

}
