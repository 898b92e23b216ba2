package be.foyer.web.tenants.privacy;

import java.time.Instant;
import java.util.List;

/** A page of {@code GET /api/tenants/{id}/reads}: who read what of the file, and when, latest first. */
public record ReadAuditPage(List<FileRead> items, int page, int size, long total) {

    public record FileRead(String readBy, Instant readAt, String what) {
    }

    public List<FileRead> reads() {
        return items == null ? List.of() : items;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long pages() {
        return size == 0 ? 1 : Math.max(1, (total + size - 1) / size);
    }
}
