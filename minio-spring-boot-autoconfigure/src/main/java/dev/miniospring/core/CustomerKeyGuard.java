package dev.miniospring.core;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import dev.miniospring.object.ServerSideEncryption;
import dev.miniospring.object.ServerSideEncryption.CustomerKey;

/**
 * Refuses to send an SSE-C key over plain {@code http://} unless the template was told it
 * may: the key would travel in clear, and S3 servers refuse such requests too.
 */
final class CustomerKeyGuard {

    private final boolean allowed;

    private final URI endpoint;

    /**
     * Creates the guard of an endpoint.
     * @param endpoint the endpoint requests go to
     * @param allowOverHttp whether customer keys may go over plain {@code http://}
     */
    CustomerKeyGuard(URI endpoint, boolean allowOverHttp) {
        this.allowed = allowOverHttp || "https".equalsIgnoreCase(endpoint.getScheme());
        this.endpoint = endpoint;
    }

    /**
     * Checks the encryptions a request would send.
     * @throws IllegalArgumentException when one is a customer key and the endpoint is
     * plain {@code http://}
     */
    void check(@Nullable ServerSideEncryption... encryptions) {
        for (ServerSideEncryption encryption : encryptions) {
            if (!this.allowed && encryption instanceof CustomerKey) {
                throw new IllegalArgumentException("An SSE-C customer key is not sent over plain http (endpoint "
                        + this.endpoint + "): it would travel in clear, and S3 servers refuse it; use https, or "
                        + "allow it with MinioTemplateBuilder.allowCustomerKeysOverHttp(true) for a trusted network");
            }
        }
    }

}
