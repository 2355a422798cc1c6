package dev.miniospring.sample;

import java.util.List;
import java.util.Map;

import dev.miniospring.autoconfigure.MinioAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Adding the starter leaves the content negotiation of a Spring MVC application as it
 * was: a browser, which accepts XML with a lower quality than HTML, gets JSON from a
 * controller with and without the starter (the starter's Jackson XML is relocated, so
 * Spring never sees it).
 */
@RunningSample
class ContentNegotiationTests {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final AutoConfigurations MVC_APPLICATION = AutoConfigurations.of(JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class);

    @Value("${local.server.port}")
    private int port;

    @Test
    void anApplicationAnswersBrowsersAsItDidWithoutTheStarter() {
        String withStarter = contentTypeForBrowser(new WebApplicationContextRunner().withConfiguration(MVC_APPLICATION)
            .withConfiguration(AutoConfigurations.of(MinioAutoConfiguration.class))
            .withPropertyValues("minio.endpoint=http://localhost:9000"));
        String withoutStarter = contentTypeForBrowser(new WebApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader("tools.jackson.dataformat.xml"))
            .withConfiguration(MVC_APPLICATION));
        assertThat(withStarter).isEqualTo(withoutStarter).startsWith("application/json");
    }

    @Test
    void theSampleAnswersBrowsersWithJson() {
        String contentType = RestClient.create("http://localhost:" + this.port)
            .get()
            .uri("/buckets")
            .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
            .retrieve()
            .toBodilessEntity()
            .getHeaders()
            .getFirst(HttpHeaders.CONTENT_TYPE);
        assertThat(contentType).startsWith("application/json");
    }

    private static String contentTypeForBrowser(WebApplicationContextRunner runner) {
        String[] contentType = new String[1];
        runner.withUserConfiguration(NamesController.class).run((context) -> {
            assertThat(context).hasNotFailed();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            contentType[0] = mvc.perform(get("/names").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andReturn()
                .getResponse()
                .getContentType();
        });
        return contentType[0];
    }

    @RestController
    static class NamesController {

        @GetMapping("/names")
        List<Map<String, String>> names() {
            return List.of(Map.of("name", "photos"));
        }

    }

}
