package dev.miniospring.presign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a browser (or any HTTP client) needs for a POST-policy upload: the URL to post a
 * {@code multipart/form-data} body to, and the form fields to send before the
 * {@code file} field.
 *
 * <p>
 * The fields hold the signed {@code policy}, {@code x-amz-algorithm},
 * {@code x-amz-credential}, {@code x-amz-date}, {@code x-amz-signature} and one field per
 * equality condition of the policy (such as {@code key} or {@code Content-Type}). Fields
 * constrained by a starts-with condition (a key prefix, for example) are not included:
 * the uploader supplies them. {@link #toString()} masks the signature, which grants
 * upload access.
 *
 * @param url the URL of the bucket
 * @param fields the form fields, in a stable order
 * @since 0.1.0
 */
public record PresignedPostForm(String url, Map<String, String> fields) {

    public PresignedPostForm {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String toString() {
        Map<String, String> masked = new LinkedHashMap<>(this.fields);
        masked.computeIfPresent("x-amz-signature", (name, value) -> "******");
        return "PresignedPostForm[url=" + this.url + ", fields=" + masked + "]";
    }

}
