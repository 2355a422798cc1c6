package dev.miniospring.core;

import java.time.ZonedDateTime;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * Tells an S3 server's answer with an object (GetObject, HeadObject) from a page that
 * something else answered in its place, such as a captive portal's or a misrouted proxy's
 * {@code 200} HTML page.
 *
 * <p>
 * The signal is {@code Last-Modified}: AWS S3, MinIO, Ceph RGW and S3Proxy send it with
 * every object, folder markers and empty objects included, while an ETag is missing from
 * S3Proxy's folder markers and {@code x-amz-request-id} or {@code Accept-Ranges} from
 * some S3-compatible servers or answers.
 */
final class ObjectAnswers {

    private ObjectAnswers() {
    }

    /**
     * Checks that the headers of a successful GetObject or HeadObject come from an S3
     * server.
     * @param headers the response headers
     * @throws IllegalArgumentException when they do not (a response reader reports it as
     * an invalid response)
     */
    static void check(HttpHeaders headers) {
        ZonedDateTime lastModified = headers.getFirstZonedDateTime(HttpHeaders.LAST_MODIFIED);
        Assert.isTrue(lastModified != null, () -> "no Last-Modified header, which S3 sends with every object"
                + " (Content-Type " + headers.getContentType() + "): not an S3 server's answer");
    }

}
