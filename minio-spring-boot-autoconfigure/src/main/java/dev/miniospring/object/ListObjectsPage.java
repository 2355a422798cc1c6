package dev.miniospring.object;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One page of an object listing, for callers that page themselves.
 *
 * @param objects the objects of the page
 * @param prefixes the common prefixes of the page, as directory entries
 * @param isTruncated whether more entries follow
 * @param nextToken the token of the next page ({@link ListObjectsRequest#withToken}),
 * {@code null} on the last page
 * @since 0.1.0
 */
public record ListObjectsPage(List<Item> objects, List<Item> prefixes, boolean isTruncated,
        @Nullable String nextToken) {

    public ListObjectsPage {
        objects = List.copyOf(objects);
        prefixes = List.copyOf(prefixes);
    }

    /**
     * Returns the objects followed by the directory entries.
     * @return all entries of the page
     */
    public List<Item> items() {
        return Stream.concat(this.objects.stream(), this.prefixes.stream()).toList();
    }

}
