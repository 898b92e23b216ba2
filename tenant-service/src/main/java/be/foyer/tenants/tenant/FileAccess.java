package be.foyer.tenants.tenant;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.tenants.audit.ReadAudit;
import be.foyer.tenants.audit.ReadSubject;

/**
 * The one place that decides who may read or change a tenant's file, asked by every feature. Staff and
 * coordinators reach every file of their organisation, with health notes, national register numbers and relays;
 * volunteers reach only the files assigned to them, without those. A file the caller may not reach answers 404 as
 * an unknown id would, so an id reveals nothing. Reads of a file's records are recorded here, in the read audit.
 */
@Service
public class FileAccess {

    private final TenantStore store;
    private final ReadAudit audit;

    FileAccess(TenantStore store, ReadAudit audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Staff and coordinators: every file of their organisation, and the protected details in it. */
    public static boolean isCaseWorker(Caller caller) {
        return caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR);
    }

    /** Whether the caller may reach this file of their organisation (not erased): a case worker, or assigned. */
    public static boolean mayReach(Caller caller, Tenant tenant) {
        return isCaseWorker(caller) || tenant.isAssignedTo(caller.username());
    }

    /**
     * The file if the caller may reach it, for a change or before reading another part of it; not recorded in the
     * audit. Anything else answers 404.
     */
    public Tenant open(Caller caller, String id) {
        Tenant tenant = store.find(caller.requireOrganisation(), id)
                .orElseThrow(() -> new NoSuchRecordException("tenant", id));
        if (!mayReach(caller, tenant)) {
            throw new NoSuchRecordException("tenant", id);
        }
        return tenant;
    }

    /** The file, for the caller to read {@code what} of it; the read is recorded in the audit. */
    public Tenant read(Caller caller, String id, ReadSubject what) {
        Tenant tenant = open(caller, id);
        audit.record(tenant.organisation(), tenant.id(), caller.author(), what);
        return tenant;
    }

    /** Those of these files (of the caller's organisation) the caller may reach, in the given order. */
    public List<Tenant> reachable(Caller caller, Collection<String> ids) {
        return store.withIds(caller.requireOrganisation(), ids).stream()
                .filter(tenant -> mayReach(caller, tenant)).toList();
    }

    /** Lists of files: a volunteer's hold only the files assigned to them; {@code null} for all of them. */
    public static String onlyAssignedTo(Caller caller) {
        return isCaseWorker(caller) ? null : caller.username();
    }
}
