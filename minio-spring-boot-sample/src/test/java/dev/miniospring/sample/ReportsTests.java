package dev.miniospring.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports of the sample, kept as {@code minio://} resources on its embedded S3
 * server: written, listed and read over HTTP.
 */
@RunningSample
class ReportsTests {

    @Value("${local.server.port}")
    private int port;

    @Test
    void reportsAreWrittenListedAndReadAsMinioResources() {
        RestClient http = RestClient.create("http://localhost:" + this.port);
        assertThat(http.put()
            .uri("/reports/q3.csv")
            .body("quarter,revenue\nq3,42\n")
            .retrieve()
            .toBodilessEntity()
            .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.put()
            .uri("/reports/q4.csv")
            .body("quarter,revenue\nq4,43\n")
            .retrieve()
            .toBodilessEntity()
            .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<String> reports = http.get().uri("/reports").retrieve().body(new ParameterizedTypeReference<>() {
        });
        assertThat(reports).containsExactly("q3.csv", "q4.csv");
        assertThat(http.get().uri("/reports/q4.csv").retrieve().body(String.class))
            .isEqualTo("quarter,revenue\nq4,43\n");
    }

}
