package dev.miniospring.object;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One page of a version listing, for callers that page themselves.
 *
 * @param versions the versions and delete markers of the page, in server order (by key,
 * newest version first)
 * @param prefixes the common prefixes of the page, as directory entries
 * @param isTruncated whether more entries follow
 * @param nextKeyMarker the key marker of the next page, {@code null} on the last page
 * @param nextVersionIdMarker the version id marker of the next page, {@code null} on the
 * last page or when the next page starts after a common prefix
 * @since 0.1.0
 */
public record ObjectVersionsPage(List<ObjectVersion> versions, List<ObjectVersion> prefixes, boolean isTruncated,
        @Nullable String nextKeyMarker, @Nullable String nextVersionIdMarker) {

    public ObjectVersionsPage {
        versions = List.copyOf(versions);
        prefixes = List.copyOf(prefixes);
    }

    /**
     * Returns the versions followed by the directory entries.
     * @return all entries of the page
     */
    public List<ObjectVersion> entries() {
        return Stream.concat(this.versions.stream(), this.prefixes.stream()).toList();
    }

}
