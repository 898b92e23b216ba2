package be.foyer.tenants.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.protection.ProtectedText;
import be.foyer.tenants.tenant.FileAccess;
import be.foyer.tenants.tenant.LifeDomain;
import be.foyer.tenants.tenant.Names;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;

/**
 * Recording, reading, correcting and withdrawing the follow-ups of one organisation's tenants, and planning
 * appointments. Volunteers do all this for the tenants assigned to them, without health notes ({@link FileAccess}).
 * Texts go to the store sealed and come back opened through {@link ProtectedText}.
 */
@Service
public class FollowUpService {

    /** How many place suggestions the quick-entry form gets. */
    public static final int PLACE_SUGGESTIONS = 10;

    private final TenantService tenants;
    private final FileAccess access;
    private final ProtectedText texts;
    private final FollowUpStore store;
    private final FollowUpReadModels readModels;
    private final ContactSummaries summaries;
    private final Appointments appointments;
    private final UsedPlaces places;
    private final Clock clock;

    FollowUpService(TenantService tenants, FileAccess access, ProtectedText texts, FollowUpStore store,
            FollowUpReadModels readModels, ContactSummaries summaries, Appointments appointments, UsedPlaces places,
            Clock clock) {
        this.tenants = tenants;
        this.access = access;
        this.texts = texts;
        this.store = store;
        this.readModels = readModels;
        this.summaries = summaries;
        this.appointments = appointments;
        this.places = places;
        this.clock = clock;
    }

    public FollowUp record(Caller caller, String tenantId, FollowUpEntry entry) {
        Tenant tenant = access.open(caller, tenantId);
        refuseHealthNoteFromVolunteer(caller, entry.healthNote());
        FieldChecks checks = new FieldChecks();
        FollowUpRules.checkNewStatus(checks, entry.status());
        FollowUpRules.checkDate(checks, entry.statusOrDone(), entry.date(), true, tenants.today());
        FollowUpRules.checkPlace(checks, entry.mode(), entry.mode() == FollowUpMode.ACCOMPANIMENT
                ? entry.hasPlace() : entry.mentionsPlace());
        checks.throwIfAny();
        Place place = entry.mode() == FollowUpMode.ACCOMPANIMENT
                ? Place.named(entry.placeName(), entry.placeCategory()) : null;
        Instant now = clock.instant();
        FollowUp followUp = new FollowUp(UUID.randomUUID().toString(), tenant.organisation(), tenantId, entry.date(),
                entry.time(), entry.statusOrDone(), entry.mode(), entry.durationMinutes(), place,
                distinct(entry.domains()), textOrNull(entry.note()), textOrNull(entry.healthNote()),
                caller.author(), now, List.of(), null, 0);
        store.insert(followUp.withTexts(texts.sealing(tenantId)), FollowUpEvents.of(null, followUp, now));
        readModels.changed(null, followUp);
        return followUp;
    }

    /** Latest first; the read is recorded in the audit. */
    public PageResult<FollowUp> list(Caller caller, String tenantId, FollowUpFilter only, PageQuery page) {
        Tenant tenant = access.read(caller, tenantId, ReadSubject.FOLLOW_UPS);
        UnaryOperator<String> opening = texts.opening(tenantId);
        return store.list(tenant.organisation(), tenantId, only, page)
                .map(followUp -> visibleTo(caller, followUp.withTexts(opening)));
    }

    /** One follow-up; the read is recorded in the audit. */
    public FollowUp get(Caller caller, String tenantId, String id) {
        Tenant tenant = access.read(caller, tenantId, ReadSubject.FOLLOW_UPS);
        return visibleTo(caller, find(tenant, id));
    }

    /**
     * Moves or completes an appointment, marks it done, missed or cancelled, or corrects a follow-up that took place
     * (then with a reason, kept with who and when). A DONE one does not go back to planned, missed or cancelled: it
     * is withdrawn if it never took place.
     */
    public FollowUp change(Caller caller, String tenantId, String id, FollowUpChanges changes) {
        Tenant tenant = access.open(caller, tenantId);
        if (changes.healthNote() != null && !FileAccess.isCaseWorker(caller)) {
            throw new NotPermittedException("Only staff and coordinators may write or clear a health note.");
        }
        FollowUp before = find(tenant, id);
        refuseIfWithdrawn(before);
        FollowUpStatus status = changes.status() == null ? before.status() : changes.status();
        FollowUpMode mode = changes.mode() == null ? before.mode() : changes.mode();
        Place place = mode != FollowUpMode.ACCOMPANIMENT ? null
                : changes.placeName() != null && changes.placeCategory() != null
                        ? Place.named(changes.placeName(), changes.placeCategory())
                        : before.place();
        LocalDate date = changes.date() == null ? before.date() : changes.date();
        String reason = textOrNull(changes.reason());

        FieldChecks checks = new FieldChecks();
        if (before.isDone()) {
            checks.require(reason != null, "reason", FieldErrorCode.REQUIRED,
                    "say why this follow-up, which took place, is corrected");
            checks.require(status == FollowUpStatus.DONE, "status", FieldErrorCode.CONFLICTING,
                    "a follow-up that took place stays DONE; withdraw it if it was entered by mistake");
        }
        checks.require(status != FollowUpStatus.WITHDRAWN, "status", FieldErrorCode.NOT_ALLOWED,
                "withdraw it with POST .../withdraw, which asks why");
        FollowUpRules.checkDate(checks, status, date, changes.date() != null || status != before.status(),
                tenants.today());
        FollowUpRules.checkPlace(checks, mode, mode == FollowUpMode.ACCOMPANIMENT ? place != null
                : changes.mentionsPlace());
        checks.throwIfAny();

        Instant now = clock.instant();
        LocalTime time = changes.clearTime() ? null : changes.time() == null ? before.time() : changes.time();
        FollowUp after = before.changed(date, time, status, mode,
                changes.durationMinutes() == null ? before.durationMinutes() : changes.durationMinutes(), place,
                changes.domains() == null ? before.domains() : distinct(changes.domains()),
                changes.note() == null ? before.note() : textOrNull(changes.note()),
                changes.healthNote() == null ? before.healthNote() : textOrNull(changes.healthNote()),
                before.isDone() || reason != null ? new Correction(now, caller.author(), reason) : null);
        save(tenant, before, after, now);
        return visibleTo(caller, after);
    }

    /** Entered by mistake: kept and shown with its reason, counted nowhere any more. */
    public FollowUp withdraw(Caller caller, String tenantId, String id, String reason) {
        Tenant tenant = access.open(caller, tenantId);
        FollowUp before = find(tenant, id);
        refuseIfWithdrawn(before);
        Instant now = clock.instant();
        FollowUp after = before.withdrawn(new Withdrawal(now, caller.author(), reason.strip()));
        save(tenant, before, after, now);
        return visibleTo(caller, after);
    }

    /** Every follow-up, oldest first, for an export the caller's read was already recorded for. */
    public List<FollowUp> all(Caller caller, Tenant tenant) {
        UnaryOperator<String> opening = texts.opening(tenant.id());
        return store.all(tenant.organisation(), tenant.id()).stream()
                .map(followUp -> visibleTo(caller, followUp.withTexts(opening))).toList();
    }

    /**
     * The places the caller's organisation accompanied tenants to, most used first.
     *
     * @param query words to find in the place's name, accents and case ignored; {@code null} for all
     */
    public List<Place> placesUsed(Caller caller, String query) {
        List<String> terms = query == null || query.isBlank() ? List.of()
                : Arrays.asList(Names.fold(query).split(" "));
        return places.mostUsed(caller.requireOrganisation(), terms, PLACE_SUGGESTIONS);
    }

    /**
     * The federation's directory: places any organisation already accompanied tenants to, most used first.
     *
     * @param query words to find in the place's name, accents and case ignored; {@code null} for all
     */
    public List<Place> directory(String query, int limit) {
        List<String> terms = query == null || query.isBlank() ? List.of()
                : Arrays.asList(Names.fold(query).split(" "));
        return places.inDirectory(terms, limit);
    }

    /** The date of the last DONE follow-up of each of these tenants of {@code organisation} that has one. */
    public Map<String, LocalDate> lastContacts(String organisation, Collection<String> tenantIds) {
        return summaries.lastContacts(organisation, tenantIds);
    }

    /**
     * The PLANNED follow-ups from {@code first} to {@code last} of these tenants, by date and time.
     *
     * @param plannedBy also those the worker with this id planned for other tenants; {@code null} for none
     */
    public List<Appointment> appointments(String organisation, LocalDate first, LocalDate last,
            Collection<String> tenantIds, String plannedBy) {
        return appointments.between(organisation, first, last, tenantIds, plannedBy);
    }

    private void save(Tenant tenant, FollowUp before, FollowUp after, Instant now) {
        Optional<EventEnvelope<?>> event = FollowUpEvents.of(before, after, now);
        if (!store.update(before, after.withTexts(texts.sealing(tenant.id())), event)) {
            throw new RuleViolationException(
                    "This follow-up was changed by someone else meanwhile; reload it and try again.");
        }
        readModels.changed(before, after);
    }

    private FollowUp find(Tenant tenant, String id) {
        return store.find(tenant.organisation(), tenant.id(), id)
                .orElseThrow(() -> new NoSuchRecordException("follow-up", id))
                .withTexts(texts.opening(tenant.id()));
    }

    private static void refuseIfWithdrawn(FollowUp followUp) {
        if (followUp.status() == FollowUpStatus.WITHDRAWN) {
            throw new RuleViolationException("This follow-up was withdrawn; it cannot change any more.");
        }
    }

    private static void refuseHealthNoteFromVolunteer(Caller caller, String healthNote) {
        if (healthNote != null && !healthNote.isBlank() && !FileAccess.isCaseWorker(caller)) {
            throw new NotPermittedException("Only staff and coordinators may write a health note.");
        }
    }

    private static FollowUp visibleTo(Caller caller, FollowUp followUp) {
        return FileAccess.isCaseWorker(caller) ? followUp : followUp.withoutHealthNote();
    }

    private static List<LifeDomain> distinct(List<LifeDomain> domains) {
        return domains == null ? List.of() : domains.stream().distinct().toList();
    }

    private static String textOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
