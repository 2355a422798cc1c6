package dev.miniospring.object;

import java.io.IOException;
import java.io.InputStream;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.http.ResponseReader;
import dev.miniospring.xml.ErrorDocument;
import dev.miniospring.xml.S3Xml;

/**
 * Reads the XML result of CopyObject and CompleteMultipartUpload, which S3 may answer with HTTP 200 and an
 * {@code <Error>} body when the operation fails after it started.
 */
final class XmlResults {

    private static final int MAX_RESULT = 1024 * 1024;

    private XmlResults() {
    }

    static <T> ResponseReader<T> reader(Class<T> type, String bucket, String key) {
        return (response) -> {
            byte[] body;
            try (InputStream in = response.getBody()) {
                body = in.readNBytes(MAX_RESULT);
            }
            ErrorDocument error = S3Xml.read(body, ErrorDocument.class);
            if (error.code() != null) {
                throw new MinioErrorResponseException(response.getStatusCode().value(), error.code(), error.message(),
                        error.resource(), error.requestId(), error.hostId(), bucket, key);
            }
            return S3Xml.read(body, type);
        };
    }

}
