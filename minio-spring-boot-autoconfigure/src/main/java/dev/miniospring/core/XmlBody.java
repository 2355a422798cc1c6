package dev.miniospring.core;

import java.util.Base64;

import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.xml.S3Xml;
import dev.miniospring.signing.RequestPayload;

import org.springframework.util.DigestUtils;

/**
 * Attaches an S3 XML document as a request body with the {@code Content-MD5} header that S3 requires for
 * configuration PUTs (tagging, lifecycle, CORS, encryption).
 */
final class XmlBody {

    private XmlBody() {
    }

    /**
     * Writes a document into a request as its body.
     * @param request the request
     * @param document the document
     * @return the request
     */
    static S3Request.Builder attach(S3Request.Builder request, Object document) {
        byte[] xml = S3Xml.write(document);
        return request.header("Content-Type", "application/xml")
            .header("Content-MD5", Base64.getEncoder().encodeToString(DigestUtils.md5Digest(xml)))
            .payload(RequestPayload.of(xml));
    }

}
