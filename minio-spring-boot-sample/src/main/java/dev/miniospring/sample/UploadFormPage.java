package dev.miniospring.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import dev.miniospring.presign.PresignedPostForm;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the browser upload page from its static HTML template and a presigned POST
 * form, escaping every value.
 */
final class UploadFormPage {

    private final String template;

    private UploadFormPage(String template) {
        this.template = template;
    }

    /**
     * Loads the page template ({@code upload-form.html} beside this class).
     * @return the page
     */
    static UploadFormPage load() {
        ClassPathResource resource = new ClassPathResource("upload-form.html", UploadFormPage.class);
        try {
            return new UploadFormPage(resource.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + resource, ex);
        }
    }

    /**
     * Renders the page for one presigned form.
     * @param bucket the bucket the form uploads to
     * @param form the presigned POST form
     * @param expiration when the form stops working
     * @return the HTML page
     */
    String render(String bucket, PresignedPostForm form, Instant expiration) {
        return this.template.replace("{{bucket}}", HtmlUtils.htmlEscape(bucket))
            .replace("{{expiration}}", HtmlUtils.htmlEscape(expiration.toString()))
            .replace("{{action}}", HtmlUtils.htmlEscape(form.url()))
            .replace("{{fields}}", hiddenFields(form.fields()));
    }

    private static String hiddenFields(Map<String, String> fields) {
        return fields.entrySet()
            .stream()
            .map((field) -> "  <input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(field.getKey()) + "\" value=\""
                    + HtmlUtils.htmlEscape(field.getValue()) + "\">")
            .collect(Collectors.joining("\n"));
    }

}
