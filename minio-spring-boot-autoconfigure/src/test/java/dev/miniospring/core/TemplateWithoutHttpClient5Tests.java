package dev.miniospring.core;

import org.junit.jupiter.api.Test;

import dev.miniospring.test.ForkedJvm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apache HttpClient 5 is optional: without it on the class path, a template is built on
 * the JDK client (and no class of HttpClient 5 is needed to build it).
 */
class TemplateWithoutHttpClient5Tests {

    @Test
    void templateIsBuiltOnTheJdkClientWithoutHttpClient5() throws Exception {
        String output = ForkedJvm.run("-Xmx64m", (entry) -> !entry.contains("httpclient5"), BuildTemplate.class);
        assertThat(output).contains("built http://localhost:1");
    }

    /**
     * Builds a template in the forked JVM.
     */
    static final class BuildTemplate {

        public static void main(String[] args) throws ClassNotFoundException {
            try {
                Class.forName("org.apache.hc.client5.http.impl.classic.HttpClients");
                throw new IllegalStateException("HttpClient 5 is on the class path");
            }
            catch (ClassNotFoundException expected) {
                MinioTemplate template = MinioTemplate.builder().endpoint("http://localhost:1").build();
                System.out.println("built " + template.endpoint());
            }
        }

    }

}
