package dev.miniospring.test;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import dev.miniospring.autoconfigure.MinioConnectionDetails;
import dev.miniospring.bucket.Bucket;
import dev.miniospring.core.MinioOperations;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The server belongs to the context: started when the context's beans are created, with
 * the buckets, and stopped (its data deleted) when the context closes.
 */
class EmbeddedS3ServerLifecycleTests {

    @Test
    void serverStartsWithTheContextAndStopsWhenItCloses() throws IOException {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.register(MinioConfiguration.class);
        new EmbeddedS3ContextCustomizer(Set.of("lifecycle")).customizeContext(context,
                mock(MergedContextConfiguration.class));
        context.refresh();
        URI endpoint = URI.create(context.getBean(MinioConnectionDetails.class).endpoint());
        Path directory = (Path) ReflectionTestUtils.getField(context.getBean(EmbeddedS3Server.class), "directory");
        assertThat(context.getBean(MinioOperations.class).listBuckets()).map(Bucket::name).containsExactly("lifecycle");
        assertThat(answers(endpoint)).isTrue();
        context.close();
        assertThat(answers(endpoint)).isFalse();
        assertThat(directory).satisfies((path) -> assertThat(Files.exists(path)).isFalse());
    }

    private static boolean answers(URI endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            connection.getResponseCode();
            connection.disconnect();
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    @ImportAutoConfiguration(MinioAutoConfiguration.class)
    static class MinioConfiguration {

    }

}
