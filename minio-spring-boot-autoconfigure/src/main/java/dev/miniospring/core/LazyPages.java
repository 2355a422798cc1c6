package dev.miniospring.core;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * An iterator over results fetched one page (one request) at a time, only when the
 * consumer asks for more.
 *
 * @param <T> the element type
 */
final class LazyPages<T> implements Iterator<T> {

    private final Supplier<@Nullable List<T>> pages;

    private Iterator<T> current = Collections.emptyIterator();

    private boolean exhausted;

    private LazyPages(Supplier<@Nullable List<T>> pages) {
        this.pages = pages;
    }

    /**
     * Returns a sequential stream that asks for the next page whenever the previous one
     * is used up.
     * @param <T> the element type
     * @param pages returns the next page (possibly empty), or {@code null} when there is
     * none
     * @return the stream; nothing is fetched before its terminal operation
     */
    static <T> Stream<T> stream(Supplier<@Nullable List<T>> pages) {
        Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(new LazyPages<>(pages),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false);
    }

    @Override
    public boolean hasNext() {
        while (!this.current.hasNext() && !this.exhausted) {
            List<T> page = this.pages.get();
            if (page == null) {
                this.exhausted = true;
            }
            else {
                this.current = page.iterator();
            }
        }
        return this.current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return this.current.next();
    }

}
