package dev.miniospring.internal.transport;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.miniospring.http.AddressingStyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class S3EndpointTests {

    @Test
    void buildsPathStyleUris() {
        S3Endpoint endpoint = S3Endpoint.of("http://localhost:9000", AddressingStyle.AUTO);
        assertThat(endpoint.uri(null, null, Map.of())).hasToString("http://localhost:9000/");
        assertThat(endpoint.uri("bucket", null, Map.of("location", "")))
            .hasToString("http://localhost:9000/bucket?location");
        assertThat(endpoint.uri("bucket", "a b/c+d/é.txt", Map.of()))
            .hasToString("http://localhost:9000/bucket/a%20b/c%2Bd/%C3%A9.txt");
        assertThat(endpoint.isSecure()).isFalse();
    }

    @Test
    void encodesQueryNamesAndValues() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("list-type", "2");
        query.put("prefix", "photos/2024 summer+");
        assertThat(S3Endpoint.of("https://minio.local", AddressingStyle.PATH).uri("b1", null, query))
            .hasToString("https://minio.local/b1?list-type=2&prefix=photos%2F2024%20summer%2B");
    }

    @Test
    void usesVirtualHostsForAwsByDefault() {
        S3Endpoint endpoint = S3Endpoint.of("https://s3.eu-west-1.amazonaws.com", AddressingStyle.AUTO);
        assertThat(endpoint.uri("bucket", "key", Map.of()))
            .hasToString("https://bucket.s3.eu-west-1.amazonaws.com/key");
        assertThat(endpoint.uri("with.dots", "key", Map.of()))
            .hasToString("https://s3.eu-west-1.amazonaws.com/with.dots/key");
    }

    @Test
    void honoursExplicitAddressingStyle() {
        assertThat(S3Endpoint.of("http://minio:9000", AddressingStyle.VIRTUAL_HOST).uri("b1", "k", Map.of()))
            .hasToString("http://b1.minio:9000/k");
        assertThat(S3Endpoint.of("https://s3.amazonaws.com", AddressingStyle.PATH).uri("b1", "k", Map.of()))
            .hasToString("https://s3.amazonaws.com/b1/k");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "http://127.0.0.1:80|http://127.0.0.1/b1/k", "HTTP://Minio.Local:80/|http://minio.local/b1/k",
                    "https://minio.local:443|https://minio.local/b1/k",
                    "http://minio.local:443|http://minio.local:443/b1/k",
                    "https://minio.local:80|https://minio.local:80/b1/k", "http://127.0.0.1|http://127.0.0.1/b1/k" })
    void dropsTheDefaultPortOfTheScheme(String url, String objectUri) {
        S3Endpoint endpoint = S3Endpoint.of(url, AddressingStyle.PATH);
        assertThat(endpoint.uri("b1", "k", Map.of())).hasToString(objectUri);
        assertThat(endpoint.baseUri().getRawAuthority()).isEqualTo(URI.create(objectUri).getRawAuthority());
    }

    @Test
    void dropsTheDefaultPortOfVirtualHosts() {
        S3Endpoint endpoint = S3Endpoint.of("https://s3.eu-west-1.amazonaws.com:443", AddressingStyle.AUTO);
        assertThat(endpoint.uri("b1", "k", Map.of())).hasToString("https://b1.s3.eu-west-1.amazonaws.com/k");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "localhost:9000|must be an http:// or https:// URL",
                    "play.min.io|must be an http:// or https:// URL", "ftp://host|must be an http:// or https:// URL",
                    "http://host:9000/path|must not have a path", "http://user:pw@host|must not contain credentials",
                    "http://host?x=1|must not have a query", "http:// bad|not a valid URL" })
    void rejectsInvalidEndpoints(String url, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> S3Endpoint.of(url, AddressingStyle.AUTO))
            .withMessageContaining(message)
            .withMessageNotContaining("pw@");
    }

}
