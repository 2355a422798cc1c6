package dev.miniospring.xml;

import java.io.IOException;
import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Reads and writes the S3 XML documents with a private {@link XmlMapper}, never the application's.
 */
public final class S3Xml {

    private static final XmlMapper MAPPER = XmlMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private S3Xml() {
    }

    /**
     * Reads a document.
     * @param <T> the document type
     * @param content the XML
     * @param type the document type
     * @return the document
     * @throws IOException when the content is not a valid document of that type
     */
    public static <T> T read(InputStream content, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(content, type);
        }
        catch (JacksonException ex) {
            throw new IOException("Invalid " + type.getSimpleName() + " XML: " + ex.getOriginalMessage(), ex);
        }
    }

    /**
     * Reads a document from bytes.
     * @param <T> the document type
     * @param content the XML
     * @param type the document type
     * @return the document
     * @throws IOException when the content is not a valid document of that type
     */
    public static <T> T read(byte[] content, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(content, type);
        }
        catch (JacksonException ex) {
            throw new IOException("Invalid " + type.getSimpleName() + " XML: " + ex.getOriginalMessage(), ex);
        }
    }

    /**
     * Writes a document.
     * @param document the document
     * @return the UTF-8 XML
     * @throws IllegalArgumentException when the document holds text XML 1.0 cannot carry
     */
    public static byte[] write(Object document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException("Cannot write the " + document.getClass().getSimpleName()
                    + " XML document: " + ex.getOriginalMessage(), ex);
        }
    }

}
