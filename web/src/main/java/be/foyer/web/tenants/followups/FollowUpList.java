package be.foyer.web.tenants.followups;

import java.util.List;

/** One page of a tenant's timeline, as the API answers lists. {@code page} counts from 0. */
public record FollowUpList(List<FollowUp> items, int page, int size, long total) {

    static final FollowUpList EMPTY = new FollowUpList(List.of(), 0, 20, 0);

    public List<FollowUp> entries() {
        return items == null ? List.of() : items;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * Math.max(size, 1) < total;
    }

    public long pageCount() {
        return size <= 0 ? 1 : Math.max(1, (total + size - 1) / size);
    }
}
