package dev.miniospring.core;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.miniospring.MinioErrorResponseException;
import dev.miniospring.object.DeleteError;
import dev.miniospring.object.Item;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.test.UniqueBucketNames;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bulk removal against a real, signature-verifying S3 server (S3Proxy; Ceph RGW too with
 * -Pceph), which requires {@code Content-MD5}.
 */
@S3ServerTest
class ObjectRemovalIntegrationTests {

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
    void removesMoreThanOneThousandKeysIncludingMissingOnesWithoutErrors() {
        String bucket = this.objects.newBucket("remove");
        List<String> keys = IntStream.range(0, 1500).mapToObj((i) -> "del/" + i).toList();
        this.objects.putAll(bucket, keys);
        this.objects.put(bucket, "keep.txt", "keep");
        List<String> toRemove = new ArrayList<>(keys);
        IntStream.range(0, 100).forEach((i) -> toRemove.add("missing/" + i));
        Stream<DeleteError> errors = this.template.removeObjects(bucket, toRemove);
        assertThat(this.template.listObjectsV2(bucket, "del/", true).count()).isEqualTo(1500);
        assertThat(errors).isEmpty();
        assertThat(this.template.listObjectsV2(bucket, null, true).map(Item::name)).containsExactly("keep.txt");
    }

    @Test
    void removesKeysWithOddCharacters() {
        String bucket = this.objects.newBucket("removeodd");
        List<String> keys = List.of("with space.txt", "plus+sign.txt", "percent%20.txt", "unicode-ü-日本.txt",
                "xml<&>'\".txt");
        keys.forEach((key) -> this.objects.put(bucket, key, key));
        assertThat(this.template.removeObjects(bucket, keys).toList()).isEmpty();
        assertThat(this.template.listObjects(bucket, null, true)).isEmpty();
    }

    @Test
    void keysWithCarriageReturnLineFeedAndTabAreStoredListedAndRemoved() {
        String bucket = this.objects.newBucket("removectl");
        List<String> keys = List.of("cr\rkey", "lf\nkey", "crlf\r\nkey", "tab\tkey");
        keys.forEach((key) -> this.template.putObject(bucket, key, new ByteArrayInputStream(new byte[1]), 1));
        assertThat(this.template.listObjectsV2(bucket, null, true).map(Item::name))
            .containsExactlyInAnyOrderElementsOf(keys);
        assertThat(this.template.removeObjects(bucket, keys).toList()).isEmpty();
        assertThat(this.template.listObjects(bucket, null, true)).isEmpty();
    }

    @Test
    void removeObjectsFromMissingBucketReportsNothingBecauseS3ProxyAnswers200() {
        ServerQuirks.assumeNotCephRgw(this.server, "multi-delete on a missing bucket is 404 NoSuchBucket, as on S3");
        String bucket = UniqueBucketNames.unique("nobucket");
        assertThat(this.template.removeObjects(bucket, List.of("a", "b"))).isEmpty();
        assertThat(this.template.bucketExists(bucket)).isFalse();
    }

    @Test
    void removeObjectsFromMissingBucketFailsWithNoSuchBucket() {
        ServerQuirks.assumeNotS3Proxy(this.server, "multi-delete on a missing bucket answers 200");
        String bucket = UniqueBucketNames.unique("nobucket");
        assertThatExceptionOfType(MinioErrorResponseException.class)
            .isThrownBy(() -> this.template.removeObjects(bucket, List.of("a", "b")).toList())
            .satisfies((ex) -> {
                assertThat(ex.code()).isEqualTo("NoSuchBucket");
                assertThat(ex.statusCode()).isEqualTo(404);
            });
    }

}
