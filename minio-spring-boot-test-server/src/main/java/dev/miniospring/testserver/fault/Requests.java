package dev.miniospring.testserver.fault;

import java.util.function.Predicate;

/**
 * Request predicates for {@link FaultRule}s, combined with {@link Predicate#and} and
 * {@link Predicate#negate}.
 *
 * @since 0.1.0
 */
public final class Requests {

    private Requests() {
    }

    /**
     * Matches every request.
     * @return the predicate
     */
    public static Predicate<RequestHead> any() {
        return (request) -> true;
    }

    /**
     * Matches requests with a method.
     * @param method the method, such as {@code PUT}
     * @return the predicate
     */
    public static Predicate<RequestHead> method(String method) {
        return (request) -> request.method().equals(method);
    }

    /**
     * Matches requests with a method and a query parameter.
     * @param method the method, such as {@code POST}
     * @param parameter the name of the query parameter, such as {@code uploads}
     * @return the predicate
     */
    public static Predicate<RequestHead> method(String method, String parameter) {
        return method(method).and(query(parameter));
    }

    /**
     * Matches requests that carry a query parameter, with or without value.
     * @param parameter the parameter name
     * @return the predicate
     */
    public static Predicate<RequestHead> query(String parameter) {
        return (request) -> request.query().containsKey(parameter);
    }

    /**
     * Matches requests that carry a query parameter with a value.
     * @param parameter the parameter name
     * @param value the decoded value
     * @return the predicate
     */
    public static Predicate<RequestHead> query(String parameter, String value) {
        return (request) -> value.equals(request.query().get(parameter));
    }

    /**
     * Matches requests that carry a header.
     * @param name the header name
     * @return the predicate
     */
    public static Predicate<RequestHead> header(String name) {
        return (request) -> request.header(name) != null;
    }

    /**
     * Matches requests to the service itself (path {@code /}), such as ListBuckets.
     * @return the predicate
     */
    public static Predicate<RequestHead> service() {
        return (request) -> segments(request.path()) == 0;
    }

    /**
     * Matches requests to a bucket (path-style {@code /bucket}), such as ListObjects or
     * CreateBucket.
     * @return the predicate
     */
    public static Predicate<RequestHead> bucket() {
        return (request) -> segments(request.path()) == 1;
    }

    /**
     * Matches requests to an object (path-style {@code /bucket/key}).
     * @return the predicate
     */
    public static Predicate<RequestHead> object() {
        return (request) -> segments(request.path()) == 2;
    }

    private static int segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.isEmpty()) {
            return 0;
        }
        int slash = trimmed.indexOf('/');
        return (slash < 0 || slash == trimmed.length() - 1) ? 1 : 2;
    }

}
