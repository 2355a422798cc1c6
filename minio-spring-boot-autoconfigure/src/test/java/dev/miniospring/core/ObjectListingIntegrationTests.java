package dev.miniospring.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.miniospring.object.Item;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectsRequest;
import dev.miniospring.test.ObjectFixtures;
import dev.miniospring.test.S3ServerTest;
import dev.miniospring.test.ServerQuirks;
import dev.miniospring.testserver.S3TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.DigestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Object listings (v1 and v2) against a real, signature-verifying S3 server (S3Proxy;
 * Ceph RGW too with -Pceph).
 */
@S3ServerTest
class ObjectListingIntegrationTests {

    private static final List<String> ODD_KEYS = List.of("with space.txt", "plus+sign.txt", "percent%20sign.txt",
            "unicode-日本語-ü.txt", "dir with space/a+b%c d.txt", "tilde~star*(paren)=&amp.txt", "emoji-😀.txt");

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
    void listsMoreThanOneThousandKeysPageByPage() {
        String bucket = this.objects.newBucket("many");
        List<String> keys = IntStream.range(0, 1234).mapToObj((i) -> String.format("key/%05d", i)).toList();
        this.objects.putAll(bucket, keys);
        assertThat(this.template.listObjectsV2(bucket, null, true).map(Item::name)).containsExactlyElementsOf(keys);
        assertThat(this.template.listObjects(bucket, null, true).map(Item::name)).containsExactlyElementsOf(keys);
        ListObjectsPage first = this.template.listObjectsV2Page(bucket, ListObjectsRequest.of("key/", true));
        assertThat(first.objects()).hasSize(1000);
        assertThat(first.isTruncated()).isTrue();
        ListObjectsPage second = this.template.listObjectsV2Page(bucket,
                ListObjectsRequest.of("key/", true).withToken(first.nextToken()));
        assertThat(second.objects()).extracting(Item::name).containsExactlyElementsOf(keys.subList(1000, 1234));
        assertThat(second.isTruncated()).isFalse();
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void nonRecursiveListingShowsCommonPrefixesAsDirectories() {
        String bucket = this.objects.newBucket("dirs");
        List.of("a.txt", "dir/b.txt", "dir/sub/c.txt", "dir2/d.txt")
            .forEach((key) -> this.objects.put(bucket, key, key));
        assertThat(this.template.listObjectsV2(bucket, null, false)).extracting(Item::name, Item::isDir)
            .containsExactlyInAnyOrder(tuple("a.txt", false), tuple("dir/", true), tuple("dir2/", true));
        assertThat(this.template.listObjects(bucket, "dir/", false)).extracting(Item::name, Item::isDir)
            .containsExactlyInAnyOrder(tuple("dir/b.txt", false), tuple("dir/sub/", true));
        assertThat(this.template.listObjectsV2(bucket, "dir/", true)).extracting(Item::name)
            .containsExactly("dir/b.txt", "dir/sub/c.txt");
        assertThat(this.template.listObjectsV2(bucket, "dir", false)).extracting(Item::name)
            .containsExactlyInAnyOrder("dir/", "dir2/");
    }

    @Test
    void itemsCarryTheirAttributes() {
        String bucket = this.objects.newBucket("attrs");
        Instant before = Instant.now().minusSeconds(5);
        this.objects.put(bucket, "dir/hello.txt", "hello");
        Item object = this.template.listObjectsV2(bucket, null, true).findFirst().orElseThrow();
        assertThat(object.bucket()).isEqualTo(bucket);
        assertThat(object.name()).isEqualTo("dir/hello.txt");
        assertThat(object.isDir()).isFalse();
        assertThat(object.size()).isEqualTo(5);
        assertThat(object.etag()).isEqualTo(DigestUtils.md5DigestAsHex("hello".getBytes()));
        assertThat(object.lastModified()).isAfter(before);
        Item directory = this.template.listObjects(bucket, null, false).findFirst().orElseThrow();
        assertThat(directory).isEqualTo(Item.directory(bucket, "dir/"));
    }

    @Test
    void oddKeysRoundTripInBothVersions() {
        String bucket = this.objects.newBucket("odd");
        ODD_KEYS.forEach((key) -> this.objects.put(bucket, key, key));
        assertThat(this.template.listObjects(bucket, null, true).map(Item::name))
            .containsExactlyInAnyOrderElementsOf(ODD_KEYS);
        assertThat(this.template.listObjectsV2(bucket, null, true).map(Item::name))
            .containsExactlyInAnyOrderElementsOf(ODD_KEYS);
        assertThat(this.template.listObjectsV2(bucket, "dir with space/a+b%", false).map(Item::name))
            .containsExactly("dir with space/a+b%c d.txt");
        assertThat(this.template.listObjects(bucket, null, false).filter(Item::isDir).map(Item::name))
            .containsExactly("dir with space/");
    }

    @Test
    void oddKeysSurviveSmallPagesInVersion1() {
        ServerQuirks.assumeNotCephRgw(this.server, "with encoding-type=url its v1 NextMarker is not encoded while the "
                + "keys are, so a marker such as 'plus+sign.txt' decodes to another key and a page repeats");
        String bucket = this.objects.newBucket("oddpages");
        ODD_KEYS.forEach((key) -> this.objects.put(bucket, key, key));
        assertThat(allPages(bucket, ListObjectsRequest.of(null, false).withMaxKeys(2), false))
            .containsExactlyInAnyOrder("with space.txt", "plus+sign.txt", "percent%20sign.txt", "unicode-日本語-ü.txt",
                    "dir with space/", "tilde~star*(paren)=&amp.txt", "emoji-😀.txt");
        assertThat(allPages(bucket, ListObjectsRequest.of(null, true).withMaxKeys(3), false))
            .containsExactlyInAnyOrderElementsOf(ODD_KEYS);
    }

    @Test
    void oddKeysSurviveSmallPagesInVersion2() {
        String bucket = this.objects.newBucket("oddpages");
        ODD_KEYS.forEach((key) -> this.objects.put(bucket, key, key));
        assertThat(allPages(bucket, ListObjectsRequest.of(null, true).withMaxKeys(2), true))
            .containsExactlyInAnyOrderElementsOf(ODD_KEYS);
    }

    private List<String> allPages(String bucket, ListObjectsRequest first, boolean v2) {
        List<String> names = new ArrayList<>();
        ListObjectsRequest request = first;
        while (request != null) {
            ListObjectsPage page = v2 ? this.template.listObjectsV2Page(bucket, request)
                    : this.template.listObjectsPage(bucket, request);
            page.items().forEach((item) -> names.add(item.name()));
            request = page.isTruncated() ? request.withToken(page.nextToken()) : null;
        }
        return names;
    }

}
