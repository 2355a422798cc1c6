package dev.miniospring.testserver.fault;

/**
 * Answers the proxy gives in an S3 server's place: S3 errors, what load balancers and
 * captive portals answer, and documents S3 would never send.
 *
 * @since 0.1.0
 */
public final class S3Faults {

    /**
     * The content type of S3's XML documents.
     */
    public static final String XML = "application/xml";

    private S3Faults() {
    }

    /**
     * Returns an S3 error document.
     * @param code the error code
     * @param message the message
     * @return the XML
     */
    public static String error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>host-id</HostId></Error>";
    }

    /**
     * What S3 answers on a wrong regional endpoint: 301 without {@code Location}, the
     * endpoint in the body.
     * @return the fault
     */
    public static Fault permanentRedirect() {
        return Fault.respond(301, XML, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>PermanentRedirect</Code>"
                + "<Message>The bucket you are attempting to access must be addressed using the specified endpoint."
                + "</Message><Endpoint>bucket.s3.eu-west-1.amazonaws.com</Endpoint><Bucket>bucket</Bucket>"
                + "<RequestId>4442587FB7D0A2F9</RequestId><HostId>host-id</HostId></Error>", "x-amz-bucket-region",
                "eu-west-1");
    }

    /**
     * A 307 {@code TemporaryRedirect} error without {@code Location}.
     * @return the fault
     */
    public static Fault temporaryRedirect() {
        return Fault.respond(307, XML,
                error("TemporaryRedirect", "Please re-send this request to the specified " + "temporary endpoint."),
                "x-amz-bucket-region", "eu-west-1");
    }

    /**
     * A 503 {@code SlowDown}.
     * @return the fault
     */
    public static Fault slowDown() {
        return Fault.respond(503, XML, error("SlowDown", "Please reduce your request rate."));
    }

    /**
     * A 403 {@code AccessDenied}.
     * @return the fault
     */
    public static Fault forbidden() {
        return Fault.respond(403, XML, error("AccessDenied", "Access Denied"));
    }

    /**
     * A 200 whose body is an {@code InternalError} document, as S3 answers CopyObject and
     * CompleteMultipartUpload when they fail after starting.
     * @return the fault
     */
    public static Fault internalErrorIn200() {
        return xml(error("InternalError", "We encountered an internal error. Please try again."));
    }

    /**
     * A 500 {@code InternalError} after the server carried the request out.
     * @return the fault
     */
    public static Fault internalErrorAfterActing() {
        return Fault.replaceResponse(500, XML, error("InternalError", "We encountered an internal error."));
    }

    /**
     * A load balancer's 502 HTML page.
     * @return the fault
     */
    public static Fault badGatewayPage() {
        return Fault.respond(502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body><center>"
                + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
    }

    /**
     * A captive portal's or misrouted proxy's 200 HTML page.
     * @return the fault
     */
    public static Fault htmlPage() {
        return Fault.respond(200, "text/html", "<!DOCTYPE html><html><head><title>Sign in</title></head><body>"
                + "<p>Please sign in to use this network.</p></body></html>");
    }

    /**
     * A 200 with an XML body.
     * @param xml the body
     * @return the fault
     */
    public static Fault xml(String xml) {
        return Fault.respond(200, XML, xml);
    }

}
