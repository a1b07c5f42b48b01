package io.custos.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from up to {@code request.probeSize()} rows fetched in position order.
     * {@code position} names the row the next page starts after.
     */
    public static <R, T> Page<T> of(
            List<R> rows, PageRequest request, Function<R, String> position, Function<R, T> view) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? PageRequest.encode(position.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
