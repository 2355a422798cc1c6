package dev.miniospring.fault;

import dev.miniospring.testserver.fault.Fault;

import static dev.miniospring.testserver.fault.S3Faults.xml;

/**
 * Listings and other documents the proxy answers in the server's place (the generic
 * answers are in {@link dev.miniospring.testserver.fault.S3Faults}).
 */
final class S3Answers {

    static final String EVENT_STREAM = "text/event-stream";

    private static final String LISTING = "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Name>bucket</Name><Prefix></Prefix><MaxKeys>1000</MaxKeys>";

    private S3Answers() {
    }

    static Fault garbledListing() {
        return xml(LISTING + "<IsTruncated>false</IsTruncated><Contents><Key>a</Key><Size>1");
    }

    static Fault listingOfBuckets() {
        return xml("<ListAllMyBucketsResult><Owner><ID>o</ID></Owner><Buckets><Bucket><Name>other</Name>"
                + "</Bucket></Buckets></ListAllMyBucketsResult>");
    }

    static Fault truncatedV2PageWithoutToken() {
        return xml(LISTING + "<KeyCount>1</KeyCount><IsTruncated>true</IsTruncated>"
                + contents("a", "2024-05-01T10:00:00.000Z") + "</ListBucketResult>");
    }

    static Fault emptyTruncatedV1Page() {
        return xml(LISTING + "<Marker></Marker><IsTruncated>true</IsTruncated></ListBucketResult>");
    }

    static Fault listingWithDate(String lastModified) {
        return xml(LISTING + "<IsTruncated>false</IsTruncated>" + contents("a", lastModified) + "</ListBucketResult>");
    }

    static Fault listingWithEncodedKey(String encodedKey) {
        return xml(LISTING + "<EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>"
                + contents(encodedKey, "2024-05-01T10:00:00.000Z") + "</ListBucketResult>");
    }

    private static String contents(String key, String lastModified) {
        return "<Contents><Key>" + key + "</Key><LastModified>" + lastModified + "</LastModified>"
                + "<ETag>\"d41d8cd98f00b204e9800998ecf8427e\"</ETag><Size>1</Size>"
                + "<StorageClass>STANDARD</StorageClass></Contents>";
    }

    static Fault deleteResultWithError(String key) {
        return xml("<DeleteResult><Error><Key>" + key + "</Key><Code>AccessDenied</Code><Message>Access Denied"
                + "</Message></Error></DeleteResult>");
    }

    /**
     * One MinIO notification line with an ObjectCreated:Put event.
     */
    static String event(String key) {
        return "{\"Records\":[{\"eventVersion\":\"2.0\",\"eventSource\":\"minio:s3\",\"eventTime\":"
                + "\"2026-11-27T10:15:30.123Z\",\"eventName\":\"s3:ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":"
                + "\"bucket\"},\"object\":{\"key\":\"" + key + "\",\"size\":1,\"eTag\":"
                + "\"d41d8cd98f00b204e9800998ecf8427e\"}}}]}\n";
    }

}
