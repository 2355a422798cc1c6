package dev.miniospring.fault;

import java.util.function.Predicate;

import dev.miniospring.testserver.fault.RequestHead;

import static dev.miniospring.testserver.fault.Requests.bucket;
import static dev.miniospring.testserver.fault.Requests.header;
import static dev.miniospring.testserver.fault.Requests.method;
import static dev.miniospring.testserver.fault.Requests.object;
import static dev.miniospring.testserver.fault.Requests.query;
import static dev.miniospring.testserver.fault.Requests.service;

/**
 * The S3 requests of the template, told apart on the wire (path-style addressing).
 */
final class S3Requests {

    static final Predicate<RequestHead> PUT_OBJECT = method("PUT").and(object())
        .and(query("partNumber").negate())
        .and(header("x-amz-copy-source").negate());

    static final Predicate<RequestHead> CREATE_UPLOAD = method("POST", "uploads");

    static final Predicate<RequestHead> UPLOAD_PART = method("PUT", "partNumber");

    static final Predicate<RequestHead> COMPLETE_UPLOAD = method("POST", "uploadId");

    static final Predicate<RequestHead> ABORT_UPLOAD = method("DELETE", "uploadId");

    static final Predicate<RequestHead> GET_OBJECT = method("GET").and(object());

    static final Predicate<RequestHead> HEAD_OBJECT = method("HEAD").and(object());

    static final Predicate<RequestHead> DELETE_OBJECT = method("DELETE").and(object()).and(query("uploadId").negate());

    static final Predicate<RequestHead> DELETE_OBJECTS = method("POST", "delete");

    static final Predicate<RequestHead> COPY_OBJECT = method("PUT").and(header("x-amz-copy-source"));

    static final Predicate<RequestHead> COPY_PART = method("PUT", "partNumber").and(header("x-amz-copy-source"));

    static final Predicate<RequestHead> LIST_OBJECTS = method("GET").and(bucket()).and(query("max-keys"));

    static final Predicate<RequestHead> CREATE_BUCKET = method("PUT").and(bucket());

    static final Predicate<RequestHead> HEAD_BUCKET = method("HEAD").and(bucket());

    static final Predicate<RequestHead> DELETE_BUCKET = method("DELETE").and(bucket());

    static final Predicate<RequestHead> LIST_BUCKETS = method("GET").and(service());

    static final Predicate<RequestHead> LISTEN = method("GET", "events");

    private S3Requests() {
    }

}
