package dev.miniospring.core;

import java.util.Base64;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.xml.S3Xml;
import dev.miniospring.signing.RequestPayload;

import org.springframework.util.DigestUtils;

/**
 * Attaches S3 XML documents to requests with the {@code Content-MD5} that S3 requires on
 * configuration writes and multi-object deletes.
 */
final class XmlBodies {

    private XmlBodies() {
    }

    /**
     * Sets an XML document as the body of a request.
     * @param request the request
     * @param document the document
     * @return the request
     */
    static S3Request.Builder withDocument(S3Request.Builder request, Object document) {
        byte[] body = S3Xml.write(document);
        return request.header("Content-MD5", Base64.getEncoder().encodeToString(DigestUtils.md5Digest(body)))
            .header("Content-Type", "application/xml")
            .payload(RequestPayload.of(body));
    }

}
