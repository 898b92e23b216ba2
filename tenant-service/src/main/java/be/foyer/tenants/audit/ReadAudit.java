package be.foyer.tenants.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.platform.domain.Author;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Who read which tenant file and when: the audit feature's service, which every feature that shows a tenant's
 * records records its reads through. It knows nothing of tenants but their ids, so it depends on no other feature.
 * Listing the audit is not itself recorded, so reading it does not grow it. The entries hold workers (id and name)
 * and no data of the tenant, and stay after an erasure as the record of who had access. Beside the audit, each
 * worker's last distinct files are kept for their caseload page.
 */
@Service
public class ReadAudit {

    private final FileReadStore store;
    private final Clock clock;

    ReadAudit(FileReadStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(String organisation, String tenantId, Author readBy, ReadSubject what) {
        store.add(organisation, tenantId, readBy, what, clock.instant());
    }

    /** The distinct files the worker with this id read last, latest first (at most 10). */
    public List<RecentFile> recentFiles(String organisation, String readerId) {
        return store.recentFiles(organisation, readerId);
    }

    /** Latest first. */
    public PageResult<FileRead> list(String organisation, String tenantId, PageQuery page) {
        return store.latestFirst(organisation, tenantId, page);
    }

    /** Every read, oldest first, for the export. */
    public List<FileRead> all(String organisation, String tenantId) {
        return store.oldestFirst(organisation, tenantId);
    }
}
