package dev.miniospring.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import tools.jackson.dataformat.xml.deser.FromXmlParser;

/**
 * Reads and writes the S3 XML documents with a private {@link XmlMapper}, never the
 * application's. A document is read only when its root element is the one its type
 * declares ({@link JacksonXmlRootElement}), with or without the S3 namespace, and its
 * required elements are present; unknown elements are ignored.
 *
 * @since 0.1.0
 */
public final class S3Xml {

    private static final XmlMapper MAPPER = XmlMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private static final String ERROR = "Error";

    /**
     * The other root elements a document is read from, when a server names it differently
     * with the same content: S3Proxy 4.1 answers UploadPartCopy with a
     * {@code <CopyObjectResult>}.
     */
    private static final Map<Class<?>, String> ROOT_ALIASES = Map.of(CopyPartResult.class, "CopyObjectResult");

    private S3Xml() {
    }

    /**
     * Reads a document.
     * @param <T> the document type
     * @param content the XML
     * @param type the document type
     * @return the document
     * @throws InvalidXmlException when the content is not a valid document of that type
     * @throws IOException when reading the content fails
     */
    public static <T> T read(InputStream content, Class<T> type) throws IOException {
        return type.cast(parse(content, type, false));
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
        return read(new ByteArrayInputStream(content), type);
    }

    /**
     * Reads a document, or the S3 {@code <Error>} document that servers may send instead
     * with a 2xx status.
     * @param content the XML
     * @param type the document type
     * @return the document, or an {@link ErrorDocument}
     * @throws InvalidXmlException when the content is neither a valid document of that
     * type nor an S3 error
     * @throws IOException when reading the content fails
     */
    public static Object readOrError(InputStream content, Class<?> type) throws IOException {
        return parse(content, type, true);
    }

    private static Object parse(InputStream content, Class<?> type, boolean orError) throws IOException {
        try (JsonParser parser = MAPPER.createParser(content)) {
            XMLStreamReader root = ((FromXmlParser) parser).getStaxReader();
            Class<?> actual = (orError && ERROR.equals(root.getLocalName())) ? ErrorDocument.class : type;
            checkRoot(root, actual);
            return readDocument(parser, actual);
        }
        catch (JacksonException ex) {
            throw readFailure(ex, type);
        }
    }

    private static Object readDocument(JsonParser parser, Class<?> type) throws IOException {
        try {
            return checkComplete(MAPPER.readValue(parser, type));
        }
        catch (JacksonException ex) {
            throw readFailure(ex, type);
        }
    }

    private static void checkRoot(XMLStreamReader root, Class<?> type) throws InvalidXmlException {
        String expected = rootElement(type);
        boolean known = expected.equals(root.getLocalName()) || root.getLocalName().equals(ROOT_ALIASES.get(type));
        if (!known || !S3Namespace.isS3OrNone(root.getNamespaceURI())) {
            String namespace = S3Namespace.isS3OrNone(root.getNamespaceURI()) ? ""
                    : " in namespace " + root.getNamespaceURI();
            throw new InvalidXmlException(type,
                    "expected root element <" + expected + ">, found <" + root.getLocalName() + ">" + namespace);
        }
    }

    private static String rootElement(Class<?> type) {
        JacksonXmlRootElement root = type.getAnnotation(JacksonXmlRootElement.class);
        if (root == null) {
            throw new IllegalStateException(type.getName() + " declares no @JacksonXmlRootElement");
        }
        return root.localName();
    }

    private static Object checkComplete(Object document) throws InvalidXmlException {
        String missing = (document instanceof RequiredElements required) ? required.missingElement() : null;
        if (missing != null) {
            throw new InvalidXmlException(document.getClass(), "required element <" + missing + "> is missing");
        }
        return document;
    }

    private static IOException readFailure(JacksonException ex, Class<?> type) {
        IOException io = ioCause(ex);
        return (io != null) ? io : new InvalidXmlException(type, ex.getOriginalMessage());
    }

    private static @Nullable IOException ioCause(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(io instanceof CharConversionException)) {
                return io;
            }
        }
        return null;
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
