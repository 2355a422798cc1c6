package dev.miniospring.object;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import dev.miniospring.MinioTransportException;
import dev.miniospring.core.MinioTemplate;
import dev.miniospring.http.HttpComponentsClients;
import dev.miniospring.http.JdkHttpClientExecutor;
import dev.miniospring.http.RetryPolicy;
import dev.miniospring.test.LargeBodyStub;
import dev.miniospring.test.RawHttpStub;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.client.ClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Closing a {@link GetObjectResponse} that was not read to its end aborts the exchange at
 * once, on both HTTP clients the template runs on, instead of downloading the rest of the
 * body.
 */
class GetObjectResponseCloseTests {

    private static final long MIB = 1024 * 1024;

    private static final Duration BOUND = Duration.ofSeconds(20);

    @ParameterizedTest
    @EnumSource
    void closingAfterTenBytesDoesNotDownloadTheRest(Client client) throws Exception {
        long size = 256 * MIB;
        try (LargeBodyStub stub = LargeBodyStub.streaming(size)) {
            GetObjectResponse object = client.template(stub.url()).getObject("bucket", "key");
            assertThat(object.readNBytes(10)).hasSize(10);
            assertTimeoutPreemptively(BOUND, object::close);
            assertThat(stub.awaitEnd(BOUND)).isTrue();
            assertThat(stub.written()).as("body bytes the server could send").isLessThan(size / 4);
        }
    }

    @ParameterizedTest
    @EnumSource
    void closingAStalledBodyReturnsAtOnce(Client client) throws Exception {
        try (LargeBodyStub stub = LargeBodyStub.stalling(1000, 10)) {
            GetObjectResponse object = client.template(stub.url()).getObject("bucket", "key");
            assertThat(object.readNBytes(10)).hasSize(10);
            assertTimeoutPreemptively(BOUND, object::close);
            assertThat(stub.awaitEnd(BOUND)).as("connection closed by the client").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource
    void closingAfterAResetDoesNotThrow(Client client) throws IOException {
        try (RawHttpStub stub = RawHttpStub.start(1_000_000, 64 * 1024, true)) {
            GetObjectResponse object = client.template(stub.url()).getObject("bucket", "key");
            assertThatExceptionOfType(MinioTransportException.class).isThrownBy(object::readAllBytes);
            assertThatNoException().isThrownBy(object::close);
            assertThatNoException().isThrownBy(object::close);
        }
    }

    enum Client {

        HTTP_COMPONENTS(HttpComponentsClients::requestFactory),

        JDK(JdkHttpClientExecutor::requestFactory);

        private final Supplier<ClientHttpRequestFactory> factory;

        Client(Supplier<ClientHttpRequestFactory> factory) {
            this.factory = factory;
        }

        MinioTemplate template(String endpoint) {
            return MinioTemplate.builder()
                .endpoint(endpoint)
                .credentials("access", "secret-key")
                .region("us-east-1")
                .retryPolicy(RetryPolicy.none())
                .requestFactory(this.factory.get())
                .build();
        }

    }

}
