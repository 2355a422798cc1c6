package dev.miniospring.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sample on a random port with its embedded S3 server and exercises the
 * endpoints over real HTTP.
 */
@RunningSample
class SampleApplicationTests {

    @Value("${local.server.port}")
    private int port;

    @Test
    void createsListsAndRemovesBucketsOverHttp() {
        RestClient http = RestClient.builder()
            .baseUrl("http://localhost:" + this.port)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
            })
            .build();
        assertThat(http.put().uri("/buckets/sample-photos").retrieve().toBodilessEntity().getStatusCode())
            .isEqualTo(HttpStatus.CREATED);
        List<Map<String, Object>> buckets = http.get()
            .uri("/buckets")
            .retrieve()
            .body(new ParameterizedTypeReference<>() {
            });
        assertThat(buckets).extracting((bucket) -> bucket.get("name")).contains("sample-photos");
        assertThat(http.get().uri("/buckets/sample-photos").retrieve().toBodilessEntity().getStatusCode())
            .isEqualTo(HttpStatus.OK);
        assertThat(http.delete().uri("/buckets/sample-photos").retrieve().toBodilessEntity().getStatusCode())
            .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.get().uri("/buckets/sample-photos").retrieve().toBodilessEntity().getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.put().uri("/buckets/Bad_Name").retrieve().toBodilessEntity().getStatusCode())
            .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void exposesHealthEndpoint() {
        Map<String, Object> health = RestClient.create("http://localhost:" + this.port)
            .get()
            .uri("/actuator/health")
            .retrieve()
            .body(new ParameterizedTypeReference<>() {
            });
        assertThat(health).containsEntry("status", "UP");
        assertThat(health).extractingByKey("components")
            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
            .extractingByKey("minio")
            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
            .containsEntry("status", "UP");
    }

}
