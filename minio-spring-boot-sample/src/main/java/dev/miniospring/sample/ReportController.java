package dev.miniospring.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import dev.miniospring.core.MinioOperations;
import dev.miniospring.resource.MinioResource;
import dev.miniospring.resource.MinioResourcePatternResolver;
import dev.miniospring.resource.UploadOutputStream;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV reports kept as {@code minio://} resources: written by streaming the request body
 * into the resource's output stream, listed with a pattern, read as text.
 */
@RestController
@RequestMapping("/reports")
class ReportController {

    private final MinioOperations minio;

    private final MinioResourcePatternResolver resources;

    private final MinioResource reports;

    ReportController(MinioOperations minio, MinioResourcePatternResolver resources,
            @Value("minio://${sample.reports.bucket:reports}/") Resource reports) {
        this.minio = minio;
        this.resources = resources;
        this.reports = (MinioResource) reports;
    }

    @PutMapping("/{name}.csv")
    @ResponseStatus(HttpStatus.CREATED)
    void write(@PathVariable String name, HttpServletRequest request) throws IOException {
        if (!this.minio.bucketExists(this.reports.bucket())) {
            this.minio.makeBucket(this.reports.bucket());
        }
        UploadOutputStream output = this.reports.createRelative(name + ".csv").getOutputStream();
        try (output; InputStream body = request.getInputStream()) {
            body.transferTo(output);
        }
        catch (IOException | RuntimeException ex) {
            output.abort();
            throw ex;
        }
    }

    @GetMapping
    List<String> list() throws IOException {
        Resource[] found = this.resources.getResources("minio://" + this.reports.bucket() + "/**/*.csv");
        return Arrays.stream(found).map((resource) -> ((MinioResource) resource).key()).toList();
    }

    @GetMapping(path = "/{name}.csv", produces = "text/csv")
    String read(@PathVariable String name) throws IOException {
        return this.reports.createRelative(name + ".csv").getContentAsString(StandardCharsets.UTF_8);
    }

}
