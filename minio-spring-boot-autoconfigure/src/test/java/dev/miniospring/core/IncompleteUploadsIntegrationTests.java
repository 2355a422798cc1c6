package dev.miniospring.core;

import java.time.Instant;

import dev.miniospring.object.Upload;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Incomplete multipart uploads against a real, signature-verifying S3 server (S3Proxy;
 * Ceph RGW too with -Pceph).
 */
@S3ServerTest
class IncompleteUploadsIntegrationTests {

    private static final String UNMARKED_ENCODED_KEYS = "with encoding-type=url it encodes ListMultipartUploads "
            + "keys but leaves out <EncodingType>, so keys with a space or '+' read back still encoded";

    private S3TestServer server;

    private ObjectFixtures objects;

    private MinioTemplate template;

    @BeforeEach
    void setUp(S3TestServer server) {
        this.server = server;
        this.objects = new ObjectFixtures(server);
        this.template = this.objects.template();
    }

    @Test
    void listsUploadsWithTheSizeOfTheirParts() {
        ServerQuirks.assumeNotCephRgw(this.server, UNMARKED_ENCODED_KEYS);
        String bucket = this.objects.newBucket("uploads");
        Instant before = Instant.now().minusSeconds(5);
        String first = this.objects.startUpload(bucket, "dir/big file+1.bin");
        this.objects.uploadPart(bucket, "dir/big file+1.bin", first, 1, 1000);
        this.objects.uploadPart(bucket, "dir/big file+1.bin", first, 2, 2345);
        String second = this.objects.startUpload(bucket, "top.bin");
        assertThat(this.template.listIncompleteUploads(bucket, null, true))
            .extracting(Upload::bucket, Upload::objectName, Upload::uploadId, Upload::size)
            .containsExactlyInAnyOrder(tuple(bucket, "dir/big file+1.bin", first, 3345L),
                    tuple(bucket, "top.bin", second, 0L));
        assertThat(this.template.listIncompleteUploads(bucket, "dir/", true)).singleElement()
            .satisfies((upload) -> assertThat(upload.initiated()).isAfter(before));
    }

    @Test
    void nonRecursiveListingKeepsTopLevelKeysOnly() {
        String bucket = this.objects.newBucket("uploadsdir");
        this.objects.startUpload(bucket, "dir/nested.bin");
        this.objects.startUpload(bucket, "top.bin");
        assertThat(this.template.listIncompleteUploads(bucket, null, false)).extracting(Upload::objectName)
            .containsExactly("top.bin");
    }

    @Test
    void removeIncompleteUploadAbortsEveryUploadOfTheKeyOnly() {
        ServerQuirks.assumeNotCephRgw(this.server, UNMARKED_ENCODED_KEYS);
        String bucket = this.objects.newBucket("abort");
        String key = "dir/some file.bin";
        this.objects.uploadPart(bucket, key, this.objects.startUpload(bucket, key), 1, 10);
        this.objects.startUpload(bucket, key);
        String other = this.objects.startUpload(bucket, key + ".other");
        this.template.removeIncompleteUpload(bucket, key);
        assertThat(this.template.listIncompleteUploads(bucket, null, true)).extracting(Upload::uploadId)
            .containsExactly(other);
        this.template.removeIncompleteUpload(bucket, key);
        assertThat(this.template.listObjectsV2(bucket, null, true)).isEmpty();
    }

}
