package dev.miniospring.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/env} and {@code /actuator/configprops} never show
 * {@code minio.secret-key} with Spring Boot's default masking.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "minio.endpoint=http://127.0.0.1:9", "minio.access-key=sample-access",
                "minio.secret-key=sample-secret-5e7c1d", "management.endpoints.web.exposure.include=env,configprops" })
class SecretMaskingTests {

    private static final String SECRET = "sample-secret-5e7c1d";

    @Value("${local.server.port}")
    private int port;

    @Test
    void envEndpointMasksTheSecretKey() {
        assertThat(get("/actuator/env")).contains("minio.secret-key").doesNotContain(SECRET);
        assertThat(get("/actuator/env/minio.secret-key")).contains("******").doesNotContain(SECRET);
    }

    @Test
    void configpropsEndpointMasksTheSecretKey() {
        assertThat(get("/actuator/configprops")).contains("secretKey").doesNotContain(SECRET);
    }

    private String get(String path) {
        return RestClient.create("http://localhost:" + this.port).get().uri(path).retrieve().body(String.class);
    }

}
