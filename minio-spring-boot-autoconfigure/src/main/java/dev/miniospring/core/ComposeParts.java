package dev.miniospring.core;

import java.util.ArrayList;
import java.util.List;

import dev.miniospring.MinioInvalidResponseException;
import dev.miniospring.internal.transport.RequestDecorator;
import dev.miniospring.internal.upload.MultipartCopySizes;
import dev.miniospring.object.ByteRange;
import dev.miniospring.object.ComposeSource;
import dev.miniospring.object.CopySource;
import dev.miniospring.object.StatObjectResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Plans the UploadPartCopy parts of a compose from its sources and what their HEAD
 * answered, checking the size rules of the MinIO SDK before anything is written: every
 * range inside its object, every source but the last at least 5 MiB, at most 5 TiB in all
 * and at most 10,000 parts. A source larger than the part size is split into parts of
 * equal size. Every part is pinned to the ETag, and to the version when the server named
 * one, that its source's HEAD read.
 */
final class ComposeParts {

    static final int MAX_PARTS = 10_000;

    private static final long MIN_PART_SIZE = 5L * 1024 * 1024;

    private static final long MAX_OBJECT_SIZE = 5L * 1024 * 1024 * 1024 * 1024;

    private final MultipartCopySizes sizes;

    private final List<RequestDecorator> parts = new ArrayList<>();

    private long total;

    private ComposeParts(MultipartCopySizes sizes) {
        this.sizes = sizes;
    }

    /**
     * Returns the source headers of each part, in order.
     * @param sources the sources
     * @param heads what the HEAD of each source answered
     * @param sizes how sources are split
     * @throws IllegalArgumentException naming {@code sources} when a size rule is broken
     */
    static List<RequestDecorator> plan(List<ComposeSource> sources, List<StatObjectResponse> heads,
            MultipartCopySizes sizes) {
        ComposeParts plan = new ComposeParts(sizes);
        for (int i = 0; i < sources.size(); i++) {
            plan.add(i, sources.get(i), heads.get(i), i == sources.size() - 1);
        }
        return plan.parts;
    }

    private void add(int index, ComposeSource source, StatObjectResponse head, boolean last) {
        ByteRange range = range(index, source, head);
        Assert.isTrue(last || range.length() >= MIN_PART_SIZE, () -> describe(index, source) + " is " + range.length()
                + " bytes: every source but the last must be at least 5 MiB (" + MIN_PART_SIZE + " bytes)");
        this.total += range.length();
        Assert.isTrue(this.total <= MAX_OBJECT_SIZE, () -> "'sources' add up to more than 5 TiB (" + MAX_OBJECT_SIZE
                + " bytes), the largest object S3 stores");
        long pieces = this.sizes.partsOf(range.length());
        Assert.isTrue(this.parts.size() + pieces <= MAX_PARTS, () -> "'sources' need more than " + MAX_PARTS
                + " parts of at most " + this.sizes.partSize() + " bytes");
        CopySource pinned = pinned(source.source(), head);
        if (source.range() == null && pieces == 1) {
            this.parts.add(ObjectOptionDecorators.partCopy(pinned, head.etag(), null));
        }
        else {
            split(pinned, head.etag(), range, (int) pieces);
        }
    }

    /**
     * Returns the source pinned to the version its HEAD read, when the server named one:
     * servers that ignore {@code x-amz-copy-source-if-match} on UploadPartCopy (Ceph RGW
     * 16.2) still copy that version only.
     */
    private static CopySource pinned(CopySource source, StatObjectResponse head) {
        return (source.versionId() == null && StringUtils.hasText(head.versionId()))
                ? source.withVersionId(head.versionId()) : source;
    }

    private void split(CopySource source, String etag, ByteRange range, int pieces) {
        long offset = range.offset();
        for (int piece = 0; piece < pieces; piece++) {
            long length = range.length() / pieces + ((piece < range.length() % pieces) ? 1 : 0);
            this.parts.add(ObjectOptionDecorators.partCopy(source, etag, new ByteRange(offset, length)));
            offset += length;
        }
    }

    /**
     * Returns the bytes a source contributes, with an explicit length.
     */
    private static ByteRange range(int index, ComposeSource source, StatObjectResponse head) {
        long size = head.size();
        if (size < 0) {
            throw new MinioInvalidResponseException(200,
                    "HeadObject of " + describe(index, source) + " answered no Content-Length: its size is unknown");
        }
        ByteRange range = (source.range() != null) ? source.range() : new ByteRange(0, 0);
        Assert.isTrue(range.offset() < size || (size == 0 && source.range() == null), () -> describe(index, source)
                + " starts at byte " + range.offset() + ", beyond the object's " + size + " bytes");
        long length = (range.length() > 0) ? range.length() : size - range.offset();
        Assert.isTrue(range.offset() + length <= size,
                () -> describe(index, source) + " ends beyond the object's " + size + " bytes");
        Assert.isTrue(length > 0,
                () -> describe(index, source) + " is empty: a compose copies at least one byte of " + "each source");
        return new ByteRange(range.offset(), length);
    }

    private static String describe(int index, ComposeSource source) {
        return "'sources' [" + index + "] (" + source + ")";
    }

}
