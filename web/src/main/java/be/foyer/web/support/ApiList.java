package be.foyer.web.support;

import java.util.List;

/** One page of an API list, as every service answers it: {@code {"items":[...],"page","size","total"}}. */
public record ApiList<T>(List<T> items, int page, int size, long total) {

    public ApiList {
        items = items == null ? List.of() : items;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
