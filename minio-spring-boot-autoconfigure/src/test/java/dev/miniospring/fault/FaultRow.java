package dev.miniospring.fault;

import java.time.Duration;
import java.util.List;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.MinioException;
import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.MinioTransportException;
import dev.miniospring.testserver.fault.Fault;
import dev.miniospring.testserver.fault.Requests;
import dev.miniospring.testserver.fault.S3Faults;

import static dev.miniospring.fault.Expectation.fails;
import static dev.miniospring.fault.Expectation.succeeds;
import static dev.miniospring.fault.RuleFactory.always;
import static dev.miniospring.fault.RuleFactory.nth;
import static dev.miniospring.fault.RuleFactory.once;
import static dev.miniospring.fault.S3Answers.event;
import static dev.miniospring.fault.S3Requests.ABORT_UPLOAD;
import static dev.miniospring.fault.S3Requests.COMPLETE_UPLOAD;
import static dev.miniospring.fault.S3Requests.COPY_OBJECT;
import static dev.miniospring.fault.S3Requests.COPY_PART;
import static dev.miniospring.fault.S3Requests.CREATE_BUCKET;
import static dev.miniospring.fault.S3Requests.CREATE_UPLOAD;
import static dev.miniospring.fault.S3Requests.DELETE_BUCKET;
import static dev.miniospring.fault.S3Requests.DELETE_OBJECT;
import static dev.miniospring.fault.S3Requests.DELETE_OBJECTS;
import static dev.miniospring.fault.S3Requests.GET_OBJECT;
import static dev.miniospring.fault.S3Requests.HEAD_BUCKET;
import static dev.miniospring.fault.S3Requests.HEAD_OBJECT;
import static dev.miniospring.fault.S3Requests.LISTEN;
import static dev.miniospring.fault.S3Requests.LIST_BUCKETS;
import static dev.miniospring.fault.S3Requests.LIST_OBJECTS;
import static dev.miniospring.fault.S3Requests.PUT_OBJECT;
import static dev.miniospring.fault.S3Requests.UPLOAD_PART;
import static dev.miniospring.testserver.fault.Fault.dropResponse;
import static dev.miniospring.testserver.fault.Fault.resetBodyAfter;
import static dev.miniospring.testserver.fault.Fault.resetRequestAfter;
import static dev.miniospring.testserver.fault.Fault.resetResponseAfter;
import static dev.miniospring.testserver.fault.Fault.stall;
import static dev.miniospring.testserver.fault.Fault.stallBodyAfter;
import static dev.miniospring.testserver.fault.Fault.throttle;
import static dev.miniospring.testserver.fault.Fault.truncateBodyAfter;
import static dev.miniospring.testserver.fault.S3Faults.badGatewayPage;
import static dev.miniospring.testserver.fault.S3Faults.forbidden;
import static dev.miniospring.testserver.fault.S3Faults.htmlPage;
import static dev.miniospring.testserver.fault.S3Faults.internalErrorAfterActing;
import static dev.miniospring.testserver.fault.S3Faults.internalErrorIn200;
import static dev.miniospring.testserver.fault.S3Faults.permanentRedirect;
import static dev.miniospring.testserver.fault.S3Faults.slowDown;
import static dev.miniospring.testserver.fault.S3Faults.xml;

/**
 * The fault table: one named row per fault, with the operation it hits, the rules that
 * inject it, and what the caller must see. Rows with {@code item} 0 hold today; the
 * others need the fix of that numbered item of issue 11.
 */
enum FaultRow {

    // ---- Rows that hold today ----

    PUT_RESET_AFTER_HEAD(0, Operation.PUT, succeeds(), once(PUT_OBJECT, resetRequestAfter(0))),

    PUT_RESET_MID_BODY(0, Operation.PUT, succeeds(), once(PUT_OBJECT, resetRequestAfter(500))),

    PUT_RESET_EVERY_TIME(0, Operation.PUT, fails(MinioTransportException.class),
            always(PUT_OBJECT, resetRequestAfter(0))),

    PUT_RESPONSE_DROPPED_ONCE(0, Operation.PUT, succeeds(), once(PUT_OBJECT, dropResponse())),

    PUT_RESPONSE_DROPPED_EVERY_TIME(0, Operation.PUT, fails(MinioTransportException.class).serverActing(),
            always(PUT_OBJECT, dropResponse())),

    PUT_RESPONSE_HEAD_CUT_ONCE(0, Operation.PUT, succeeds(), once(PUT_OBJECT, resetResponseAfter(12))),

    PUT_STALLED_ONCE(0, Operation.PUT, succeeds().withinTimeouts(1), once(PUT_OBJECT, stall())),

    PUT_STALLED_EVERY_TIME(0, Operation.PUT, fails(MinioTransportException.class).withinTimeouts(3),
            always(PUT_OBJECT, stall())),

    PUT_SLOW_DOWN_ONCE(0, Operation.PUT, succeeds(), once(PUT_OBJECT, slowDown())),

    PUT_SLOW_DOWN_EVERY_TIME(0, Operation.PUT, fails(MinioErrorResponseException.class, "SlowDown"),
            always(PUT_OBJECT, slowDown())),

    PUT_BAD_GATEWAY_PAGE_ONCE(0, Operation.PUT, succeeds(), once(PUT_OBJECT, badGatewayPage())),

    PUT_INTERNAL_ERROR_AFTER_STORING_ONCE(0, Operation.PUT, succeeds(), once(PUT_OBJECT, internalErrorAfterActing())),

    PUT_THROTTLED(0, Operation.PUT, succeeds(), always(PUT_OBJECT, throttle(8 * 1024))),

    CREATE_UPLOAD_RESET_ONCE(0, Operation.MULTIPART_PUT, succeeds(), once(CREATE_UPLOAD, resetRequestAfter(0))),

    CREATE_UPLOAD_STALLED_ONCE(0, Operation.MULTIPART_PUT, succeeds().withinTimeouts(1), once(CREATE_UPLOAD, stall())),

    CREATE_UPLOAD_SLOW_DOWN_EVERY_TIME(0, Operation.MULTIPART_PUT, fails(MinioErrorResponseException.class, "SlowDown"),
            always(CREATE_UPLOAD, slowDown())),

    PART_RESET_ONCE(0, Operation.MULTIPART_PUT, succeeds(), once(UPLOAD_PART, resetRequestAfter(0))),

    PART_RESET_MID_BODY_ONCE(0, Operation.MULTIPART_PUT, succeeds(), once(UPLOAD_PART, resetRequestAfter(1 << 20))),

    PART_RESET_EVERY_TIME(0, Operation.MULTIPART_PUT, fails(MinioTransportException.class),
            always(UPLOAD_PART.and(Requests.query("partNumber", "2")), resetRequestAfter(0))),

    PART_RESPONSE_DROPPED_ONCE(0, Operation.MULTIPART_PUT, succeeds(), once(UPLOAD_PART, dropResponse())),

    PART_STALLED_ONCE(0, Operation.MULTIPART_PUT, succeeds().withinTimeouts(1), once(UPLOAD_PART, stall())),

    PART_STALLED_EVERY_TIME(0, Operation.MULTIPART_PUT, fails(MinioTransportException.class).withinTimeouts(3),
            always(UPLOAD_PART, stall())),

    PART_SLOW_DOWN_ONCE(0, Operation.MULTIPART_PUT, succeeds(), once(UPLOAD_PART, slowDown())),

    PART_THROTTLED(0, Operation.MULTIPART_PUT, succeeds(), once(UPLOAD_PART, throttle(16 << 20))),

    COMPLETE_RESET_ONCE(0, Operation.MULTIPART_PUT, succeeds(), once(COMPLETE_UPLOAD, resetRequestAfter(0))),

    COMPLETE_ERROR_IN_200_ONCE(0, Operation.MULTIPART_PUT, succeeds(), once(COMPLETE_UPLOAD, internalErrorIn200())),

    COMPLETE_ERROR_IN_200_EVERY_TIME(0, Operation.MULTIPART_PUT,
            fails(MinioErrorResponseException.class, "InternalError"), always(COMPLETE_UPLOAD, internalErrorIn200())),

    COMPLETE_SLOW_DOWN_EVERY_TIME(0, Operation.MULTIPART_PUT, fails(MinioErrorResponseException.class, "SlowDown"),
            always(COMPLETE_UPLOAD, slowDown())),

    ABORT_RESET_ONCE_AFTER_PART_FAILURE(0, Operation.MULTIPART_PUT, fails(MinioTransportException.class),
            always(UPLOAD_PART.and(Requests.query("partNumber", "2")), resetRequestAfter(0)),
            once(ABORT_UPLOAD, resetRequestAfter(0))),

    GET_RESET_BEFORE_RESPONSE_ONCE(0, Operation.GET, succeeds(), once(GET_OBJECT, resetResponseAfter(0))),

    GET_RESPONSE_HEAD_CUT_EVERY_TIME(0, Operation.GET, fails(MinioTransportException.class),
            always(GET_OBJECT, resetResponseAfter(20))),

    GET_RESET_MID_BODY(0, Operation.GET, fails(MinioTransportException.class), once(GET_OBJECT, resetBodyAfter(1000))),

    GET_TRUNCATED_BODY(0, Operation.GET, fails(MinioTransportException.class),
            once(GET_OBJECT, truncateBodyAfter(1000))),

    GET_STALLED_MID_BODY(0, Operation.GET, fails(MinioTransportException.class).withinTimeouts(1),
            once(GET_OBJECT, stallBodyAfter(1000))),

    GET_STALLED_ONCE(0, Operation.GET, succeeds().withinTimeouts(1), once(GET_OBJECT, stall())),

    GET_SLOW_DOWN_ONCE(0, Operation.GET, succeeds(), once(GET_OBJECT, slowDown())),

    GET_SLOW_DOWN_EVERY_TIME(0, Operation.GET, fails(MinioErrorResponseException.class, "SlowDown"),
            always(GET_OBJECT, slowDown())),

    GET_BAD_GATEWAY_PAGE_EVERY_TIME(0, Operation.GET, fails(MinioInvalidResponseException.class),
            always(GET_OBJECT, badGatewayPage())),

    GET_FORBIDDEN(0, Operation.GET, fails(MinioErrorResponseException.class, "AccessDenied"),
            always(GET_OBJECT, forbidden())),

    GET_THROTTLED(0, Operation.GET, succeeds(), always(GET_OBJECT, throttle(256 * 1024))),

    FGET_TRUNCATED_BODY(0, Operation.FGET, fails(MinioTransportException.class),
            once(GET_OBJECT, truncateBodyAfter(1000))),

    FGET_RESET_MID_BODY(0, Operation.FGET, fails(MinioTransportException.class),
            once(GET_OBJECT, resetBodyAfter(1000))),

    FGET_STALLED_MID_BODY(0, Operation.FGET, fails(MinioTransportException.class).withinTimeouts(1),
            once(GET_OBJECT, stallBodyAfter(1000))),

    FGET_SLOW_DOWN_ONCE(0, Operation.FGET, succeeds(), once(GET_OBJECT, slowDown())),

    FGET_RESPONSE_DROPPED_ONCE(0, Operation.FGET, succeeds(), once(GET_OBJECT, dropResponse())),

    STAT_RESET_ONCE(0, Operation.STAT, succeeds(), once(HEAD_OBJECT, resetRequestAfter(0))),

    STAT_STALLED_EVERY_TIME(0, Operation.STAT, fails(MinioTransportException.class).withinTimeouts(3),
            always(HEAD_OBJECT, stall())),

    STAT_SLOW_DOWN_EVERY_TIME(0, Operation.STAT, fails(MinioErrorResponseException.class, "ServiceUnavailable"),
            always(HEAD_OBJECT, slowDown())),

    STAT_FORBIDDEN(0, Operation.STAT, fails(MinioErrorResponseException.class, "AccessDenied"),
            always(HEAD_OBJECT, forbidden())),

    EXISTS_RESET_ONCE(0, Operation.EXISTS_MISSING_KEY, succeeds(), once(HEAD_OBJECT, resetRequestAfter(0))),

    LIST_RESET_ONCE(0, Operation.LIST, succeeds(), once(LIST_OBJECTS, resetRequestAfter(0))),

    LIST_BODY_RESET_ONCE(0, Operation.LIST, succeeds(), once(LIST_OBJECTS, resetBodyAfter(100))),

    LIST_V2_TRUNCATED_BODY_ONCE(0, Operation.LIST_V2, succeeds(), once(LIST_OBJECTS, truncateBodyAfter(100))),

    LIST_V2_TRUNCATED_BODY_EVERY_TIME(0, Operation.LIST_V2, fails(MinioTransportException.class),
            always(LIST_OBJECTS, truncateBodyAfter(100))),

    LIST_V2_STALLED_ONCE(0, Operation.LIST_V2, succeeds().withinTimeouts(1), once(LIST_OBJECTS, stall())),

    LIST_V2_SLOW_DOWN_EVERY_TIME(0, Operation.LIST_V2, fails(MinioErrorResponseException.class, "SlowDown"),
            always(LIST_OBJECTS, slowDown())),

    LIST_V2_THROTTLED(0, Operation.LIST_V2, succeeds(), always(LIST_OBJECTS, throttle(4 * 1024))),

    REMOVE_RESET_ONCE(0, Operation.REMOVE, succeeds(), once(DELETE_OBJECT, resetRequestAfter(0))),

    REMOVE_RESPONSE_DROPPED_ONCE(0, Operation.REMOVE, succeeds(), once(DELETE_OBJECT, dropResponse())),

    REMOVE_STALLED_ONCE(0, Operation.REMOVE, succeeds().withinTimeouts(1), once(DELETE_OBJECT, stall())),

    REMOVE_SLOW_DOWN_EVERY_TIME(0, Operation.REMOVE, fails(MinioErrorResponseException.class, "SlowDown"),
            always(DELETE_OBJECT, slowDown())),

    REMOVE_OBJECTS_RESET_ONCE(0, Operation.REMOVE_OBJECTS, succeeds(), once(DELETE_OBJECTS, resetRequestAfter(0))),

    REMOVE_OBJECTS_RESPONSE_DROPPED_ONCE(0, Operation.REMOVE_OBJECTS, succeeds(), once(DELETE_OBJECTS, dropResponse())),

    REMOVE_OBJECTS_SLOW_DOWN_EVERY_TIME(0, Operation.REMOVE_OBJECTS,
            fails(MinioErrorResponseException.class, "SlowDown"), always(DELETE_OBJECTS, slowDown())),

    REMOVE_OBJECTS_KEY_REFUSED(0, Operation.REMOVE_OBJECTS_REFUSED, succeeds(),
            always(DELETE_OBJECTS, S3Answers.deleteResultWithError("a"))),

    COPY_RESET_ONCE(0, Operation.COPY, succeeds(), once(COPY_OBJECT, resetRequestAfter(0))),

    COPY_RESPONSE_DROPPED_ONCE(0, Operation.COPY, succeeds(), once(COPY_OBJECT, dropResponse())),

    COPY_TRUNCATED_RESPONSE_ONCE(0, Operation.COPY, succeeds(), once(COPY_OBJECT, truncateBodyAfter(10))),

    COPY_ERROR_IN_200_EVERY_TIME(0, Operation.COPY, fails(MinioErrorResponseException.class, "InternalError"),
            always(COPY_OBJECT, internalErrorIn200())),

    COPY_SOURCE_STAT_SLOW_DOWN_EVERY_TIME(0, Operation.COPY,
            fails(MinioErrorResponseException.class, "ServiceUnavailable"), always(HEAD_OBJECT, slowDown())),

    COPY_PERMANENT_REDIRECT(0, Operation.COPY, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(COPY_OBJECT, permanentRedirect())),

    COMPOSE_PART_RESET_ONCE(0, Operation.COMPOSE, succeeds(), once(COPY_PART, resetRequestAfter(0))),

    COMPOSE_PART_RESPONSE_DROPPED_ONCE(0, Operation.COMPOSE, succeeds(), once(COPY_PART, dropResponse())),

    COMPOSE_PART_ERROR_IN_200_EVERY_TIME(0, Operation.COMPOSE,
            fails(MinioErrorResponseException.class, "InternalError"), always(COPY_PART, internalErrorIn200())),

    COMPOSE_PART_WRONG_ROOT(0, Operation.COMPOSE, fails(MinioInvalidResponseException.class), always(COPY_PART,
            xml("<CompleteMultipartUploadResult><ETag>\"forged\"</ETag>" + "</CompleteMultipartUploadResult>"))),

    MAKE_BUCKET_RESET_ONCE(0, Operation.MAKE_BUCKET, succeeds(), once(CREATE_BUCKET, resetRequestAfter(0))),

    MAKE_BUCKET_SLOW_DOWN_EVERY_TIME(0, Operation.MAKE_BUCKET, fails(MinioErrorResponseException.class, "SlowDown"),
            always(CREATE_BUCKET, slowDown())),

    BUCKET_EXISTS_RESET_ONCE(0, Operation.BUCKET_EXISTS, succeeds(), once(HEAD_BUCKET, resetRequestAfter(0))),

    BUCKET_EXISTS_STALLED_ONCE(0, Operation.BUCKET_EXISTS, succeeds().withinTimeouts(1), once(HEAD_BUCKET, stall())),

    LIST_BUCKETS_TRUNCATED_BODY_ONCE(0, Operation.LIST_BUCKETS, succeeds(), once(LIST_BUCKETS, truncateBodyAfter(50))),

    LIST_BUCKETS_SLOW_DOWN_ONCE(0, Operation.LIST_BUCKETS, succeeds(), once(LIST_BUCKETS, slowDown())),

    REMOVE_BUCKET_RESET_ONCE(0, Operation.REMOVE_BUCKET, succeeds(), once(DELETE_BUCKET, resetRequestAfter(0))),

    REMOVE_BUCKET_SLOW_DOWN_EVERY_TIME(0, Operation.REMOVE_BUCKET, fails(MinioErrorResponseException.class, "SlowDown"),
            always(DELETE_BUCKET, slowDown())),

    LISTEN_RECONNECTS_AFTER_END(0, Operation.LISTEN, succeeds(),
            nth(1, LISTEN, Fault.stream(S3Answers.EVENT_STREAM, true, event("first.jpg"))),
            nth(2, LISTEN, Fault.stream(S3Answers.EVENT_STREAM, false, event("second.jpg")))),

    LISTEN_RECONNECTS_AFTER_RESET(0, Operation.LISTEN, succeeds(),
            nth(1, LISTEN, Fault.stream(S3Answers.EVENT_STREAM, true, "{\"Records\":null}\n", event("first.jpg"))),
            nth(2, LISTEN, resetRequestAfter(0)),
            nth(3, LISTEN, Fault.stream(S3Answers.EVENT_STREAM, false, " ", event("second.jpg")))),

    LISTEN_SLOW_DOWN_ONCE(0, Operation.LISTEN, succeeds(), once(LISTEN, slowDown()),
            nth(2, LISTEN, Fault.stream(S3Answers.EVENT_STREAM, false, event("first.jpg") + event("second.jpg")))),

    LISTEN_FORBIDDEN(0, Operation.LISTEN, fails(MinioErrorResponseException.class, "AccessDenied"),
            always(LISTEN, forbidden())),

    LISTEN_HTML_PAGE(0, Operation.LISTEN, fails(MinioInvalidResponseException.class), always(LISTEN, htmlPage())),

    CREATE_UPLOAD_PERMANENT_REDIRECT(0, Operation.MULTIPART_PUT,
            fails(MinioErrorResponseException.class, "PermanentRedirect"), always(CREATE_UPLOAD, permanentRedirect())),

    COMPLETE_PERMANENT_REDIRECT(0, Operation.MULTIPART_PUT,
            fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(COMPLETE_UPLOAD, permanentRedirect())),

    CREATE_UPLOAD_HTML_PAGE(0, Operation.MULTIPART_PUT, fails(MinioInvalidResponseException.class),
            always(CREATE_UPLOAD, htmlPage())),

    // ---- Rows that need a fix of issue 11 (item number first) ----

    PUT_PERMANENT_REDIRECT(1, Operation.PUT, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(PUT_OBJECT, permanentRedirect())),

    GET_PERMANENT_REDIRECT(1, Operation.GET, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(GET_OBJECT, permanentRedirect())),

    FGET_PERMANENT_REDIRECT(1, Operation.FGET, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(GET_OBJECT, permanentRedirect())),

    STAT_PERMANENT_REDIRECT(1, Operation.STAT, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(HEAD_OBJECT, permanentRedirect())),

    EXISTS_PERMANENT_REDIRECT(1, Operation.EXISTS_MISSING_KEY,
            fails(MinioErrorResponseException.class, "PermanentRedirect"), always(HEAD_OBJECT, permanentRedirect())),

    LIST_PERMANENT_REDIRECT(1, Operation.LIST, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(LIST_OBJECTS, permanentRedirect())),

    REMOVE_PERMANENT_REDIRECT(1, Operation.REMOVE, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(DELETE_OBJECT, permanentRedirect())),

    REMOVE_OBJECTS_PERMANENT_REDIRECT(1, Operation.REMOVE_OBJECTS,
            fails(MinioErrorResponseException.class, "PermanentRedirect"), always(DELETE_OBJECTS, permanentRedirect())),

    MAKE_BUCKET_PERMANENT_REDIRECT(1, Operation.MAKE_BUCKET,
            fails(MinioErrorResponseException.class, "PermanentRedirect"), always(CREATE_BUCKET, permanentRedirect())),

    BUCKET_EXISTS_TEMPORARY_REDIRECT(1, Operation.BUCKET_EXISTS,
            fails(MinioErrorResponseException.class, "TemporaryRedirect"),
            always(HEAD_BUCKET, S3Faults.temporaryRedirect())),

    LIST_BUCKETS_PERMANENT_REDIRECT(1, Operation.LIST_BUCKETS,
            fails(MinioErrorResponseException.class, "PermanentRedirect"), always(LIST_BUCKETS, permanentRedirect())),

    REMOVE_BUCKET_PERMANENT_REDIRECT(1, Operation.REMOVE_BUCKET,
            fails(MinioErrorResponseException.class, "PermanentRedirect"), always(DELETE_BUCKET, permanentRedirect())),

    LISTEN_PERMANENT_REDIRECT(1, Operation.LISTEN, fails(MinioErrorResponseException.class, "PermanentRedirect"),
            always(LISTEN, permanentRedirect())),

    PUT_HTML_PAGE(2, Operation.PUT, fails(MinioInvalidResponseException.class), always(PUT_OBJECT, htmlPage())),

    PART_HTML_PAGE(2, Operation.MULTIPART_PUT, fails(MinioInvalidResponseException.class),
            always(UPLOAD_PART, htmlPage())),

    CREATE_UPLOAD_WRONG_ROOT(2, Operation.MULTIPART_PUT, fails(MinioInvalidResponseException.class),
            always(CREATE_UPLOAD,
                    xml("<ListMultipartUploadsResult><Bucket>bucket</Bucket><UploadId>forged</UploadId>"
                            + "</ListMultipartUploadsResult>"))),

    COMPLETE_HTML_PAGE(2, Operation.MULTIPART_PUT, fails(MinioInvalidResponseException.class),
            always(COMPLETE_UPLOAD, htmlPage())),

    COMPLETE_WRONG_ROOT(2, Operation.MULTIPART_PUT, fails(MinioInvalidResponseException.class),
            always(COMPLETE_UPLOAD, xml("<CopyObjectResult><ETag>\"forged\"</ETag></CopyObjectResult>"))),

    LIST_HTML_PAGE(2, Operation.LIST, fails(MinioInvalidResponseException.class), always(LIST_OBJECTS, htmlPage())),

    LIST_V2_WRONG_ROOT(2, Operation.LIST_V2, fails(MinioInvalidResponseException.class),
            always(LIST_OBJECTS, S3Answers.listingOfBuckets())),

    LIST_V2_GARBLED(2, Operation.LIST_V2, fails(MinioInvalidResponseException.class),
            always(LIST_OBJECTS, S3Answers.garbledListing())),

    LIST_BUCKETS_HTML_PAGE(2, Operation.LIST_BUCKETS, fails(MinioInvalidResponseException.class),
            always(LIST_BUCKETS, htmlPage())),

    REMOVE_OBJECTS_HTML_PAGE(2, Operation.REMOVE_OBJECTS, fails(MinioInvalidResponseException.class),
            always(DELETE_OBJECTS, htmlPage())),

    COPY_HTML_PAGE(2, Operation.COPY, fails(MinioInvalidResponseException.class), always(COPY_OBJECT, htmlPage())),

    GET_HTML_PAGE(2, Operation.GET, fails(MinioInvalidResponseException.class), always(GET_OBJECT, htmlPage())),

    FGET_HTML_PAGE(2, Operation.FGET, fails(MinioInvalidResponseException.class), always(GET_OBJECT, htmlPage())),

    STAT_HTML_PAGE(2, Operation.STAT, fails(MinioInvalidResponseException.class), always(HEAD_OBJECT, htmlPage())),

    COPY_WRONG_ROOT(2, Operation.COPY, fails(MinioInvalidResponseException.class), always(COPY_OBJECT,
            xml("<CompleteMultipartUploadResult><ETag>\"forged\"</ETag>" + "</CompleteMultipartUploadResult>"))),

    LIST_V2_TRUNCATED_WITHOUT_TOKEN(3, Operation.LIST_V2, fails(MinioInvalidResponseException.class),
            always(LIST_OBJECTS, S3Answers.truncatedV2PageWithoutToken())),

    LIST_EMPTY_TRUNCATED_PAGE(3, Operation.LIST, fails(MinioInvalidResponseException.class),
            always(LIST_OBJECTS, S3Answers.emptyTruncatedV1Page())),

    HEALTH_STALLED(4, Operation.HEALTH, succeeds().within(Duration.ofSeconds(10)), always(LIST_BUCKETS, stall())),

    HEALTH_SLOW_DOWN(4, Operation.HEALTH, succeeds(), always(LIST_BUCKETS, slowDown())),

    PART_UPLOAD_FROZEN(4, Operation.MULTIPART_PUT, fails(MinioException.class).within(Duration.ofSeconds(10)),
            always(UPLOAD_PART, Fault.stallRequestAfter(64 * 1024))),

    GET_CLOSED_EARLY_WHILE_THROTTLED(5, Operation.GET_AND_CLOSE_EARLY, succeeds().within(Duration.ofMillis(800)),
            always(GET_OBJECT, throttle(1 << 20))),

    GET_CLOSED_EARLY_WHILE_STALLED(5, Operation.GET_AND_CLOSE_EARLY, succeeds().within(Duration.ofMillis(800)),
            always(GET_OBJECT, stallBodyAfter(64 * 1024))),

    FGET_UNDER_A_FILE(6, Operation.FGET_UNDER_A_FILE, fails(IllegalArgumentException.class).withMessage("'file'")),

    FGET_LONG_FILE_NAME(6, Operation.FGET_LONG_NAME, succeeds()),

    CREATE_UPLOAD_RESPONSE_DROPPED_ONCE(8, Operation.MULTIPART_PUT, succeeds(), once(CREATE_UPLOAD, dropResponse())),

    CREATE_UPLOAD_RESPONSE_DROPPED_EVERY_TIME(8, Operation.MULTIPART_PUT, fails(MinioTransportException.class),
            always(CREATE_UPLOAD, dropResponse())),

    CREATE_UPLOAD_RESPONSE_WITHHELD_ONCE(8, Operation.MULTIPART_PUT, succeeds().withinTimeouts(1),
            once(CREATE_UPLOAD, Fault.withholdResponse())),

    LISTEN_STALLED_BEFORE_HEADERS(10, Operation.LISTEN,
            fails(MinioTransportException.class)
                .withMessage("sent no response headers within " + FaultRun.READ_TIMEOUT.toMillis() + " ms")
                .withinTimeouts(1),
            always(LISTEN, stall())),

    LISTEN_ENDLESS_LINE(10, Operation.LISTEN, fails(MinioException.class).within(Duration.ofSeconds(10)),
            always(LISTEN, Fault.endlessStream(S3Answers.EVENT_STREAM, (byte) 'x', 4 << 20))),

    RANGE_IGNORED(12, Operation.GET_RANGE, fails(MinioInvalidResponseException.class),
            always(GET_OBJECT, Fault.respond(200, "application/octet-stream", "x".repeat(1000)))),

    RANGE_WRONG_CONTENT_RANGE(12, Operation.GET_RANGE, fails(MinioInvalidResponseException.class),
            always(GET_OBJECT,
                    Fault.respond(206, "application/octet-stream", "abcdefgh", "Content-Range", "bytes 0-7/1000"))),

    LIST_BAD_LAST_MODIFIED(13, Operation.LIST, fails(MinioException.class),
            always(LIST_OBJECTS, S3Answers.listingWithDate("yesterday"))),

    LIST_BAD_PERCENT_ESCAPE(13, Operation.LIST, fails(MinioException.class),
            always(LIST_OBJECTS, S3Answers.listingWithEncodedKey("a%zz"))),

    REMOVE_OBJECTS_CONTROL_CHARACTER(13, Operation.REMOVE_OBJECTS_CONTROL_CHARACTER,
            fails(IllegalArgumentException.class)),

    STAT_IN_MISSING_BUCKET(14, Operation.STAT_IN_MISSING_BUCKET,
            fails(MinioErrorResponseException.class, "NoSuchBucket")),

    EXISTS_IN_MISSING_BUCKET(14, Operation.EXISTS_IN_MISSING_BUCKET,
            fails(MinioErrorResponseException.class, "NoSuchBucket"));

    private final int item;

    private final Operation operation;

    private final Expectation expectation;

    private final List<RuleFactory> rules;

    FaultRow(int item, Operation operation, Expectation expectation, RuleFactory... rules) {
        this.item = item;
        this.operation = operation;
        this.expectation = expectation;
        this.rules = List.of(rules);
    }

    /**
     * Returns the number of the issue 11 item whose fix this row needs, 0 for rows that
     * hold today.
     */
    int item() {
        return this.item;
    }

    Operation operation() {
        return this.operation;
    }

    Expectation expectation() {
        return this.expectation;
    }

    List<RuleFactory> rules() {
        return this.rules;
    }

}
