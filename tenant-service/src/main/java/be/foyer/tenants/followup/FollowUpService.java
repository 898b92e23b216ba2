package be.foyer.tenants.followup;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.problem.ForbiddenException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;

/**
 * Recording and reading the follow-ups of one organisation's tenants. Volunteers do both for the tenants assigned
 * to them, without health notes.
 */
@Service
public class FollowUpService {

    private final TenantService tenants;
    private final FollowUpStore store;
    private final Clock clock;

    public FollowUpService(TenantService tenants, FollowUpStore store, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.clock = clock;
    }

    public FollowUp record(Caller caller, String tenantId, FollowUpEntry entry) {
        Tenant tenant = tenants.open(caller, tenantId);
        if (entry.healthNote() != null && !entry.healthNote().isBlank() && !TenantService.isCaseWorker(caller)) {
            throw new ForbiddenException("Only staff and coordinators may write a health note.");
        }
        if (entry.date().isAfter(tenants.today())) {
            throw BadRequestException.onField("date", FieldErrorCode.IN_FUTURE, "cannot be in the future");
        }
        Place place = null;
        if (entry.mode() == FollowUpMode.ACCOMPANIMENT) {
            if (entry.placeName() == null || entry.placeName().isBlank() || entry.placeCategory() == null) {
                throw BadRequestException.onField("place", FieldErrorCode.REQUIRED, "an accompaniment needs the place's name and category");
            }
            place = Place.named(tenant.organisation(), entry.placeName(), entry.placeCategory());
        } else if (entry.placeName() != null || entry.placeCategory() != null) {
            throw BadRequestException.onField("place", FieldErrorCode.CONFLICTING, "is only recorded for an ACCOMPANIMENT");
        }
        FollowUp followUp = new FollowUp(UUID.randomUUID().toString(), tenant.organisation(), tenantId, entry.date(),
                entry.mode(), entry.durationMinutes(), place,
                entry.domains() == null ? List.of() : entry.domains().stream().distinct().toList(),
                textOrNull(entry.note()), textOrNull(entry.healthNote()), caller.username(), clock.instant());
        store.record(followUp, tenants.cipher(tenant));
        return followUp;
    }

    /** Latest first; the read is recorded in the audit. */
    public PageResult<FollowUp> list(Caller caller, String tenantId, PageQuery page) {
        Tenant tenant = tenants.read(caller, tenantId, ReadSubject.FOLLOW_UPS);
        return store.list(tenant.organisation(), tenantId, page, tenants.cipher(tenant))
                .map(followUp -> visibleTo(caller, followUp));
    }

    /** Every follow-up, oldest first, for an export the caller's read was already recorded for. */
    public List<FollowUp> all(Caller caller, Tenant tenant) {
        return store.all(tenant.organisation(), tenant.id(), tenants.cipher(tenant)).stream()
                .map(followUp -> visibleTo(caller, followUp)).toList();
    }

    private static FollowUp visibleTo(Caller caller, FollowUp followUp) {
        return TenantService.isCaseWorker(caller) ? followUp : followUp.withoutHealthNote();
    }

    private static String textOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
