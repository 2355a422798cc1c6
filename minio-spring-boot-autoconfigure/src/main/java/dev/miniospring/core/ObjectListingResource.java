package dev.miniospring.core;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.S3Request;
import dev.miniospring.internal.transport.S3Transport;
import dev.miniospring.internal.xml.ListBucketResult;
import dev.miniospring.object.Item;
import dev.miniospring.object.ListObjectsPage;
import dev.miniospring.object.ListObjectsRequest;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedCaseInsensitiveMap;
import org.springframework.util.StringUtils;

/**
 * The object listings of {@link dev.miniospring.core.MinioTemplate} (ListObjects v1 and
 * ListObjectsV2), page by page or as lazy streams. Arguments are validated by the
 * template.
 */
final class ObjectListingResource {

    private static final String DELIMITER = "/";

    private static final String CONTENT_TYPE = "content-type";

    private final S3Transport transport;

    /**
     * Creates the listings on a transport.
     * @param transport the transport
     */
    public ObjectListingResource(S3Transport transport) {
        this.transport = transport;
    }

    /**
     * Lists all entries with ListObjects v1, fetching the next page only when the stream
     * needs it.
     * @param bucket the bucket
     * @param first the first page to ask for
     * @return the objects and directories; nothing is sent before the stream's terminal
     * operation
     */
    public Stream<Item> listObjects(String bucket, ListObjectsRequest first) {
        BucketNames.validate(bucket);
        return stream(bucket, first, this::listObjectsPage);
    }

    /**
     * Lists all entries with ListObjectsV2, fetching the next page only when the stream
     * needs it.
     * @param bucket the bucket
     * @param first the first page to ask for
     * @return the objects and directories; nothing is sent before the stream's terminal
     * operation
     */
    public Stream<Item> listObjectsV2(String bucket, ListObjectsRequest first) {
        BucketNames.validate(bucket);
        return stream(bucket, first, this::listObjectsV2Page);
    }

    /**
     * Fetches one page with ListObjects v1; the request's token is the marker.
     * @param bucket the bucket
     * @param request the page to ask for
     * @return the page; its next token is the server's next marker, or the last entry
     * when it names none
     */
    public ListObjectsPage listObjectsPage(String bucket, ListObjectsRequest request) {
        BucketNames.validate(bucket);
        Assert.notNull(request, "'request' must not be null");
        S3Request.Builder builder = common(bucket, request);
        if (request.token() != null) {
            builder.query("marker", request.token());
        }
        ListBucketResult result = fetch(builder.build());
        String next = decode(result.nextMarker, result);
        ListObjectsPage page = page(bucket, result, objects(bucket, result), next);
        return (page.isTruncated() && !StringUtils.hasLength(next)) ? continuingAfterLastEntry(bucket, page) : page;
    }

    /**
     * Fetches one page with ListObjectsV2.
     * @param bucket the bucket
     * @param request the page to ask for
     * @return the page; its next token is the continuation token
     */
    public ListObjectsPage listObjectsV2Page(String bucket, ListObjectsRequest request) {
        BucketNames.validate(bucket);
        Assert.notNull(request, "'request' must not be null");
        S3Request.Builder builder = common(bucket, request).query("list-type", "2");
        if (request.token() != null) {
            builder.query("continuation-token", request.token());
        }
        else if (request.startAfter() != null) {
            builder.query("start-after", request.startAfter());
        }
        if (request.includeMetadata()) {
            builder.query("metadata", "true");
        }
        ListBucketResult result = fetch(builder.build());
        ListObjectsPage page = page(bucket, result, objects(bucket, result), result.nextContinuationToken);
        if (page.isTruncated() && !StringUtils.hasLength(page.nextToken())) {
            throw new MinioInvalidResponseException(200, "The server answered a truncated ListObjectsV2 page of bucket "
                    + bucket + " without NextContinuationToken: the listing cannot go on");
        }
        return page;
    }

    private Stream<Item> stream(String bucket, ListObjectsRequest first,
            BiFunction<String, ListObjectsRequest, ListObjectsPage> fetcher) {
        AtomicReference<@Nullable ListObjectsRequest> next = new AtomicReference<>(first);
        return LazyPages.stream(() -> {
            ListObjectsRequest request = next.get();
            if (request == null) {
                return null;
            }
            ListObjectsPage page = fetcher.apply(bucket, request);
            next.set(continuation(request, page));
            return page.items();
        });
    }

    private static @Nullable ListObjectsRequest continuation(ListObjectsRequest request, ListObjectsPage page) {
        String token = page.nextToken();
        if (!page.isTruncated() || token == null) {
            return null;
        }
        if (token.equals(request.token())) {
            throw new MinioInvalidResponseException(200, "The server answered the same listing page twice (token '"
                    + token + "'): stopping instead of looping");
        }
        return request.withToken(token);
    }

    private static ListObjectsPage continuingAfterLastEntry(String bucket, ListObjectsPage page) {
        String last = page.items().stream().map(Item::name).max(Comparator.naturalOrder()).orElse(null);
        if (last == null) {
            throw new MinioInvalidResponseException(200, "The server answered a truncated ListObjects page of bucket "
                    + bucket + " with neither NextMarker nor entries: the listing cannot go on");
        }
        return new ListObjectsPage(page.objects(), page.prefixes(), true, last);
    }

    private static S3Request.Builder common(String bucket, ListObjectsRequest request) {
        S3Request.Builder builder = S3Request.builder(HttpMethod.GET).bucket(bucket);
        if (request.prefix() != null && !request.prefix().isEmpty()) {
            builder.query("prefix", request.prefix());
        }
        if (!request.recursive()) {
            builder.query("delimiter", DELIMITER);
        }
        return builder.query("encoding-type", EncodedNames.URL).query("max-keys", String.valueOf(request.maxKeys()));
    }

    private ListBucketResult fetch(S3Request request) {
        return this.transport.execute(request, ListBucketResult.class);
    }

    private static ListObjectsPage page(String bucket, ListBucketResult result, List<Item> objects,
            @Nullable String next) {
        List<Item> prefixes = result.commonPrefixes()
            .stream()
            .map((prefix) -> Item.directory(bucket, EncodedNames.decode(prefix.prefix(), result.encodingType)))
            .toList();
        boolean truncated = Boolean.TRUE.equals(result.truncated);
        return new ListObjectsPage(objects, prefixes, truncated, truncated ? next : null);
    }

    private static List<Item> objects(String bucket, ListBucketResult result) {
        return result.contents().stream().map((contents) -> item(bucket, contents, result.encodingType)).toList();
    }

    private static Item item(String bucket, ListBucketResult.Contents contents, @Nullable String encodingType) {
        Map<String, String> metadata = new LinkedCaseInsensitiveMap<>();
        if (contents.userMetadata() != null) {
            metadata.putAll(contents.userMetadata());
        }
        String contentType = metadata.remove(CONTENT_TYPE);
        return new Item(bucket, EncodedNames.decode(contents.key(), encodingType), false,
                (contents.size() != null) ? contents.size() : 0, unquote(contents.etag()), contents.lastModified(),
                contentType, metadata);
    }

    private static @Nullable String decode(@Nullable String value, ListBucketResult result) {
        return EncodedNames.decodeNullable(value, result.encodingType);
    }

    static @Nullable String unquote(@Nullable String etag) {
        if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
            return etag.substring(1, etag.length() - 1);
        }
        return etag;
    }

}
