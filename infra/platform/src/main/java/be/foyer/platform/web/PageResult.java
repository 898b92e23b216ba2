package be.foyer.platform.web;

import java.util.List;
import java.util.function.Function;

/** The shape of every list: {@code {"items":[...],"page","size","total"}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long total) {
        return new PageResult<>(List.copyOf(items), query.page(), query.size(), total);
    }

    /** The page {@code query} asks for of a list held whole in memory. */
    public static <T> PageResult<T> slice(List<T> all, PageQuery query) {
        int from = Math.min(query.offset(), all.size());
        return of(all.subList(from, Math.min(from + query.size(), all.size())), query, all.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
