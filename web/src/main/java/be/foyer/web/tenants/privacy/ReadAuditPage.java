package be.foyer.web.tenants.privacy;

import java.time.Instant;
import java.util.List;

/** A page of {@code GET /api/tenants/{id}/reads}: who read what of the file, and when, latest first. */
record ReadAuditPage(List<FileRead> items, int page, int size, long total) {

    record FileRead(String readBy, Instant readAt, String what) {
    }

    List<FileRead> reads() {
        return items == null ? List.of() : items;
    }

    boolean hasPrevious() {
        return page > 0;
    }

    boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    long pages() {
        return size == 0 ? 1 : Math.max(1, (total + size - 1) / size);
    }
}
