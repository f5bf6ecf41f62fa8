package com.suanli.desk.ui.trading;

import java.util.AbstractList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Lists read one after the other as one, none of them copied: the events of the batches a pulse merges
 * ({@link FoldedBatch#merged}), which the FX thread walks once or twice in order. Read-only; a read by index walks the
 * parts, so it is for lists of a few parts read in order.
 *
 * @param <T> what the lists hold
 */
final class JoinedList<T> extends AbstractList<T> {

    private final List<List<T>> parts;
    private final int size;

    JoinedList(List<List<T>> parts) {
        this.parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        this.size = this.parts.stream().mapToInt(List::size).sum();
    }

    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        int at = index;
        for (List<T> part : parts) {
            if (at < part.size()) {
                return part.get(at);
            }
            at -= part.size();
        }
        throw new IllegalStateException("index " + index + ": past the parts, which changed after they were joined");
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;
            private Iterator<T> at = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!at.hasNext() && next < parts.size()) {
                    at = parts.get(next++).iterator();
                }
                return at.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return at.next();
            }
        };
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        parts.forEach(part -> part.forEach(action));
    }
}
