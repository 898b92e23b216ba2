package be.foyer.tenants.tenant;

import be.foyer.events.BrusselsTime;
import be.foyer.events.tenants.ConsentPurpose;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.events.tenants.TenantStatusChanged;
import be.foyer.events.tenants.VolunteersAssigned;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.audit.ReadAudit;
import be.foyer.tenants.audit.ReadSubject;
import be.foyer.tenants.protection.DataKeys;
import be.foyer.tenants.protection.FederationKeys;
import be.foyer.tenants.protection.TenantCipher;

/**
 * Tenant files within one organisation: who may open which file (volunteers only the tenants assigned to them),
 * registration, changes with their events, erasure.
 */
@Service
public class TenantService {

    /** Dates of the organisations' work are Brussels dates. */

    /** The most ids one {@link #withIds} call takes: a page's worth. */
    public static final int MAX_IDS = 100;

    private final TenantStore store;
    private final DataKeys keys;
    private final FederationKeys federationKeys;
    private final ReadAudit audit;
    private final Clock clock;

    public TenantService(TenantStore store, DataKeys keys, FederationKeys federationKeys, ReadAudit audit,
            Clock clock) {
        this.store = store;
        this.keys = keys;
        this.federationKeys = federationKeys;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Staff and coordinators: they reach every file of their organisation, health notes, national register numbers
     * and relays; volunteers reach only the files assigned to them, without those.
     */
    public static boolean isCaseWorker(Caller caller) {
        return caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BrusselsTime.ZONE));
    }

    public Tenant register(Caller caller, Registration registration) {
        LocalDate today = today();
        FieldChecks checks = new FieldChecks();
        registration.check(checks, today);
        checks.throwIfAny();
        Optional<NationalRegisterNumber> number = parseOptional(registration.nationalRegisterNumber());
        TenantStatus status = registration.status();
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        TenantCipher cipher = keys.create(id);
        StatusChange first = new StatusChange(status, today, caller.username(), now);
        Tenant tenant = new Tenant(id, caller.requireOrganisation(), registration.profile(),
                cipher.seal(number.map(NationalRegisterNumber::digits).orElse(null)), status, List.of(first),
                Map.of(), List.of(), List.of(), Set.of(), today, caller.username(), now, 0);
        List<DomainEvent> events = new ArrayList<>(List.of(new TenantRegistered(id, today, null),
                new TenantStatusChanged(id, status.name(), null, today)));
        if (!tenant.profile().assignedVolunteers().isEmpty()) {
            events.add(new VolunteersAssigned(id, tenant.profile().assignedVolunteers()));
        }
        store.insert(tenant, events(tenant, now, events.toArray(DomainEvent[]::new)));
        return tenant;
    }

    /** The file, for the caller; the read is recorded in the audit. */
    public Tenant read(Caller caller, String id, ReadSubject what) {
        Tenant tenant = open(caller, id);
        audit.record(tenant.organisation(), tenant.id(), caller.username(), what);
        return tenant;
    }

    /**
     * The file if the caller may reach it: same organisation, not erased, and for a volunteer assigned to them.
     * Anything else answers 404 as an unknown id would, so an id reveals nothing. Not recorded in the audit: for
     * checks before a write or before reading another part of the file.
     */
    public Tenant open(Caller caller, String id) {
        Tenant tenant = store.find(caller.requireOrganisation(), id)
                .orElseThrow(() -> new NoSuchRecordException("tenant", id));
        if (!isCaseWorker(caller) && !tenant.isAssignedTo(caller.username())) {
            throw new NoSuchRecordException("tenant", id);
        }
        return tenant;
    }

    /** @param query words to find in the names, accents and case ignored; {@code null} for all */
    public PageResult<Tenant> list(Caller caller, String query, TenantStatus status, PageQuery page) {
        return list(caller, query, status, Set.of(), page);
    }

    /** @param leftOut ids of tenants to leave out of the list (those met in a month, for instance) */
    public PageResult<Tenant> list(Caller caller, String query, TenantStatus status, Set<String> leftOut,
            PageQuery page) {
        List<String> terms = query == null || query.isBlank() ? List.of()
                : Arrays.asList(Names.fold(query).split(" "));
        return store.list(caller.requireOrganisation(), terms, status,
                isCaseWorker(caller) ? null : caller.username(), leftOut, page);
    }

    /**
     * The caller's tenants among {@code ids}, in list order; the others are left out as if unknown. For pages that
     * show names beside the tenant ids other services hold.
     */
    public List<Tenant> withIds(Caller caller, List<String> ids) {
        List<String> wanted = ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct()
                .toList();
        if (wanted.size() > MAX_IDS) {
            throw InvalidInputException.onField("ids", FieldErrorCode.TOO_MANY, "must list at most " + MAX_IDS + " ids");
        }
        return store.withIds(caller.requireOrganisation(), wanted).stream()
                .filter(tenant -> isCaseWorker(caller) || tenant.isAssignedTo(caller.username())).toList();
    }

    /** Files of the caller's organisation that may be the person about to be registered, best first. */
    public List<Tenant> possibleDuplicates(Caller caller, PossibleDuplicates person) {
        List<String> words = person.words();
        if (words.isEmpty()) {
            return List.of();
        }
        return person.ranked(store.withNameWordsStartingWith(caller.requireOrganisation(), words,
                PossibleDuplicates.CANDIDATES));
    }

    public Tenant update(Caller caller, String id, TenantChanges changes) {
        Tenant before = open(caller, id);
        LocalDate today = today();
        FieldChecks checks = new FieldChecks();
        changes.check(checks, today);
        TenantProfile profile = changes.applyTo(before.profile());
        profile.check(checks, today);
        checks.require(changes.status() != TenantStatus.RELAYED || before.status() == TenantStatus.RELAYED, "status",
                FieldErrorCode.NOT_ALLOWED, Registration.RELAYED_BY_RELAYS);
        checks.throwIfAny();
        Optional<String> previousNumber = nationalRegisterNumber(before).map(NationalRegisterNumber::digits);
        String number = changes.nationalRegisterNumber() == null ? previousNumber.orElse(null)
                : parseOptional(changes.nationalRegisterNumber()).map(NationalRegisterNumber::digits).orElse(null);
        boolean numberChanged = !Objects.equals(number, previousNumber.orElse(null));
        Instant now = clock.instant();
        List<DomainEvent> events = new ArrayList<>();
        Tenant after = before.withProfile(profile,
                numberChanged ? keys.of(id).seal(number) : before.sealedNationalRegisterNumber());
        if (changes.status() != null && changes.status() != before.status()) {
            after = after.withStatus(new StatusChange(changes.status(), today, caller.username(), now));
            events.add(new TenantStatusChanged(id, changes.status().name(), before.status().name(), today));
        }
        if (!profile.assignedVolunteers().equals(before.profile().assignedVolunteers())) {
            // activities lets a volunteer register the tenants they accompany: it keeps the latest list
            events.add(new VolunteersAssigned(id, profile.assignedVolunteers()));
        }
        if (numberChanged && after.hasGranted(ConsentPurpose.FEDERATION_STATISTICS)) {
            // the federation key follows the number: consumers replace the key they hold
            events.add(new ConsentChanged(id, ConsentPurpose.FEDERATION_STATISTICS.name(), true, today,
                    federationKey(after)));
        }
        save(before, after, events(after, now, events.toArray(DomainEvent[]::new)));
        return after;
    }

    /**
     * Erases the person for good: first the data key (so every sealed text, here and in backups, is unreadable),
     * then the names, contacts and other personal fields, with {@code TenantErased} in the same write. Interrupted
     * between the two, the erasure is simply asked again: the file is still there and the key already gone.
     */
    public void erase(Caller caller, String id) {
        Tenant tenant = open(caller, id);
        keys.destroy(id);
        LocalDate today = today();
        if (!store.erase(tenant, today, EventEnvelope.of(tenant.organisation(), new TenantErased(id, today),
                clock.instant()))) {
            throw changedMeanwhile();
        }
    }

    /** Writes a change made by another feature of the file (consents, relays), refusing a lost update. */
    public void save(Tenant before, Tenant after, List<EventEnvelope<?>> events) {
        if (!store.update(before, after, events)) {
            throw changedMeanwhile();
        }
    }

    public List<EventEnvelope<?>> events(Tenant tenant, Instant now, DomainEvent... payloads) {
        List<EventEnvelope<?>> envelopes = new ArrayList<>();
        for (DomainEvent payload : payloads) {
            envelopes.add(EventEnvelope.of(tenant.organisation(), payload, now));
        }
        return envelopes;
    }

    /** Opens the texts sealed in the tenant's records (notes, contacts). */
    public TenantCipher cipher(Tenant tenant) {
        return keys.of(tenant.id());
    }

    public Optional<NationalRegisterNumber> nationalRegisterNumber(Tenant tenant) {
        return Optional.ofNullable(cipher(tenant).open(tenant.sealedNationalRegisterNumber()))
                .map(NationalRegisterNumber::new);
    }

    /** The federation key, only with {@code FEDERATION_STATISTICS} granted and a national register number known. */
    public String federationKey(Tenant tenant) {
        if (!tenant.hasGranted(ConsentPurpose.FEDERATION_STATISTICS)) {
            return null;
        }
        return nationalRegisterNumber(tenant).map(number -> federationKeys.of(number.digits())).orElse(null);
    }

    private static Optional<NationalRegisterNumber> parseOptional(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : Optional.of(NationalRegisterNumber.parse(typed));
    }

    private static RuleViolationException changedMeanwhile() {
        return new RuleViolationException(
                "This tenant file was changed by someone else meanwhile; reload it and try again.");
    }

    /** The files the caller follows: as referent worker (staff, coordinator) or as assigned volunteer. */
    public List<Tenant> followedBy(Caller caller) {
        return store.followedBy(caller.requireOrganisation(), caller.username(), !isCaseWorker(caller));
    }

    /** Those of these ids the caller may open (others, erased or unassigned ones are simply absent), by id. */
    public Map<String, Tenant> reachable(Caller caller, java.util.Collection<String> ids) {
        Map<String, Tenant> reachable = new java.util.HashMap<>();
        store.withIds(caller.requireOrganisation(), ids).stream()
                .filter(tenant -> isCaseWorker(caller) || tenant.isAssignedTo(caller.username()))
                .forEach(tenant -> reachable.put(tenant.id(), tenant));
        return reachable;
    }
}
