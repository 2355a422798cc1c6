package dev.miniospring.core;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.miniospring.internal.transport.SigningClientHttpRequestFactory;
import dev.miniospring.signing.MinioCredentialsProvider;
import dev.miniospring.signing.S3RequestSigner;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.util.function.SingletonSupplier;

/**
 * Builds the {@link RestClient}s of one template when it first sends a request, from the
 * builder settings captured when the template was built: the {@link RestClient.Builder}
 * to start from (asked for once), the customizations, and a request factory that signs
 * requests.
 */
final class TemplateRestClients {

    private static final Log logger = LogFactory.getLog(MinioTemplateBuilder.class);

    private final Supplier<RestClient.Builder> builder;

    private final S3RequestSigner signer;

    private final @Nullable MinioCredentialsProvider credentials;

    TemplateRestClients(@Nullable Supplier<RestClient.Builder> restClientBuilder,
            List<Consumer<RestClient.Builder>> customizers, S3RequestSigner signer,
            @Nullable MinioCredentialsProvider credentials) {
        List<Consumer<RestClient.Builder>> captured = List.copyOf(customizers);
        this.builder = SingletonSupplier.of(() -> customized(restClientBuilder, captured));
        this.signer = signer;
        this.credentials = credentials;
    }

    /**
     * Returns what builds a client on the template's {@link RestClient.Builder}.
     * @param factory the unsigned request factory
     * @return the client, built on first use
     */
    Supplier<RestClient> restClient(Supplier<ClientHttpRequestFactory> factory) {
        return () -> this.builder.get().clone().requestFactory(signing(factory.get())).build();
    }

    /**
     * Returns what builds a client on a fresh {@link RestClient.Builder}.
     * @param factory the unsigned request factory
     * @return the client, built on first use
     */
    Supplier<RestClient> plainRestClient(Supplier<ClientHttpRequestFactory> factory) {
        return () -> RestClient.builder().requestFactory(signing(factory.get())).build();
    }

    private static RestClient.Builder customized(@Nullable Supplier<RestClient.Builder> restClientBuilder,
            List<Consumer<RestClient.Builder>> customizers) {
        RestClient.Builder builder = base(restClientBuilder);
        customizers.forEach((customizer) -> customizer.accept(builder));
        if (hasInterceptors(builder)) {
            logger.warn("Interceptors added by a MinIO RestClient customizer are removed; request bodies of this "
                    + "template are buffered in memory (Spring buffers any RestClient that has held an interceptor)");
            builder.requestInterceptors(List::clear);
        }
        return builder;
    }

    private static RestClient.Builder base(@Nullable Supplier<RestClient.Builder> restClientBuilder) {
        if (restClientBuilder == null) {
            return RestClient.builder();
        }
        RestClient.Builder given = restClientBuilder.get();
        if (hasInterceptors(given)) {
            logger.warn("The RestClient.Builder given to the MinIO template has interceptors, which would buffer "
                    + "whole request bodies in memory; a fresh RestClient.Builder is used instead");
            return RestClient.builder();
        }
        return given.clone();
    }

    private static boolean hasInterceptors(RestClient.Builder builder) {
        boolean[] found = new boolean[1];
        builder.clone().requestInterceptors((interceptors) -> found[0] = !interceptors.isEmpty());
        return found[0];
    }

    private ClientHttpRequestFactory signing(ClientHttpRequestFactory factory) {
        if (this.credentials == null) {
            return factory;
        }
        return new SigningClientHttpRequestFactory(factory, this.signer, this.credentials);
    }

}
