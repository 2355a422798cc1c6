package dev.miniospring.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.ListVersionsResult;
import dev.miniospring.object.ListObjectVersionsRequest;
import dev.miniospring.object.ObjectVersion;
import dev.miniospring.object.ObjectVersionsPage;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The version listing of {@link dev.miniospring.core.MinioTemplate} (ListObjectVersions,
 * {@code ?versions}), page by page or as a lazy stream. Arguments are checked before
 * anything is sent.
 */
final class ObjectVersionListingResource {

    private final S3Transport transport;

    /**
     * Creates the listing on a transport.
     * @param transport the transport
     */
    public ObjectVersionListingResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Lists all versions and delete markers, fetching the next page only when the stream
     * needs it.
     * @param bucket the bucket
     * @param first the first page to ask for
     * @return the versions, delete markers and directories; nothing is sent before the
     * stream's terminal operation
     */
    public Stream<ObjectVersion> listObjectVersions(String bucket, ListObjectVersionsRequest first) {
        BucketNames.validate(bucket);
        Assert.notNull(first, "'first' must not be null");
        AtomicReference<@Nullable ListObjectVersionsRequest> next = new AtomicReference<>(first);
        return LazyPages.stream(() -> {
            ListObjectVersionsRequest request = next.get();
            if (request == null) {
                return null;
            }
            ObjectVersionsPage page = listObjectVersionsPage(bucket, request);
            next.set(continuation(request, page));
            return page.entries();
        });
    }

    /**
     * Fetches one page of versions.
     * @param bucket the bucket
     * @param request the page to ask for
     * @return the page
     */
    public ObjectVersionsPage listObjectVersionsPage(String bucket, ListObjectVersionsRequest request) {
        BucketNames.validate(bucket);
        Assert.notNull(request, "'request' must not be null");
        ListVersionsResult result = this.transport.execute(request(bucket, request), ListVersionsResult.class);
        @Nullable String encoding = result.encodingType;
        List<ObjectVersion> versions = result.entries()
            .stream()
            .map((entry) -> version(bucket, entry, encoding))
            .toList();
        List<ObjectVersion> prefixes = result.commonPrefixes()
            .stream()
            .map((prefix) -> ObjectVersion.directory(bucket, EncodedNames.decode(prefix.prefix(), encoding)))
            .toList();
        if (!Boolean.TRUE.equals(result.truncated)) {
            return new ObjectVersionsPage(versions, prefixes, false, null, null);
        }
        return truncatedPage(bucket, result, versions, prefixes);
    }

    private static ObjectVersionsPage truncatedPage(String bucket, ListVersionsResult result,
            List<ObjectVersion> versions, List<ObjectVersion> prefixes) {
        String keyMarker = nextKeyMarker(bucket, result, versions, prefixes);
        boolean afterPrefix = prefixes.stream().anyMatch((prefix) -> prefix.name().equals(keyMarker));
        String versionIdMarker = StringUtils.hasLength(result.nextVersionIdMarker) ? result.nextVersionIdMarker : null;
        if (versionIdMarker == null && !afterPrefix) {
            throw cannotGoOn(bucket, "without NextVersionIdMarker after key '" + keyMarker + "'");
        }
        return new ObjectVersionsPage(versions, prefixes, true, keyMarker, versionIdMarker);
    }

    /**
     * Returns the key the next page starts after: the last entry of the page, which the
     * server's NextKeyMarker must name, URL-encoded (AWS) or not (Ceph RGW 16 leaves it
     * raw under {@code encoding-type=url}).
     */
    private static String nextKeyMarker(String bucket, ListVersionsResult result, List<ObjectVersion> versions,
            List<ObjectVersion> prefixes) {
        String marker = result.nextKeyMarker;
        if (!StringUtils.hasLength(marker)) {
            throw cannotGoOn(bucket, "without NextKeyMarker");
        }
        String last = Stream.concat(versions.stream(), prefixes.stream())
            .map(ObjectVersion::name)
            .max(Comparator.naturalOrder())
            .orElseThrow(() -> cannotGoOn(bucket, "without entries"));
        if (!last.equals(marker) && !last.equals(EncodedNames.decode(marker, result.encodingType))) {
            throw cannotGoOn(bucket, "with NextKeyMarker '" + marker + "' that is not its last key '" + last + "'");
        }
        return last;
    }

    private static S3Request request(String bucket, ListObjectVersionsRequest request) {
        S3Request.Builder builder = S3Request.builder(HttpMethod.GET).bucket(bucket).query("versions", "");
        if (StringUtils.hasLength(request.prefix())) {
            builder.query("prefix", request.prefix());
        }
        if (!request.recursive()) {
            builder.query("delimiter", "/");
        }
        if (request.keyMarker() != null) {
            builder.query("key-marker", request.keyMarker());
        }
        if (request.versionIdMarker() != null) {
            builder.query("version-id-marker", request.versionIdMarker());
        }
        return builder.query("encoding-type", EncodedNames.URL)
            .query("max-keys", String.valueOf(request.maxKeys()))
            .build();
    }

    private static ObjectVersion version(String bucket, ListVersionsResult.Entry entry, @Nullable String encoding) {
        ListVersionsResult.Version version = entry.version();
        long size = (version.size() != null) ? version.size() : 0;
        return new ObjectVersion(bucket, EncodedNames.decode(version.key(), encoding), version.versionId(),
                version.isLatest(), entry.deleteMarker(), false, size, ObjectListingResource.unquote(version.etag()),
                version.lastModified());
    }

    private static @Nullable ListObjectVersionsRequest continuation(ListObjectVersionsRequest request,
            ObjectVersionsPage page) {
        if (!page.isTruncated()) {
            return null;
        }
        if (Objects.equals(page.nextKeyMarker(), request.keyMarker())
                && Objects.equals(page.nextVersionIdMarker(), request.versionIdMarker())) {
            throw new MinioInvalidResponseException(200, "The server answered the same version listing page twice "
                    + "(key marker '" + page.nextKeyMarker() + "'): stopping instead of looping");
        }
        return request.after(page);
    }

    private static MinioInvalidResponseException cannotGoOn(String bucket, String problem) {
        return new MinioInvalidResponseException(200, "The server answered a truncated ListObjectVersions page of "
                + "bucket " + bucket + " " + problem + ": the listing cannot go on");
    }

}
