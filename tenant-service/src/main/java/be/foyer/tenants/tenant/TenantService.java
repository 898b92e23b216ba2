package be.foyer.tenants.tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.events.BrusselsTime;
import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.ConsentPurpose;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.protection.FederationKeys;
import be.foyer.tenants.protection.ProtectedText;

/**
 * Tenant files within one organisation: registration, lists, changes with their events ({@link TenantEvents}),
 * erasure. Who may reach a file is {@link FileAccess}'s to say; protected text is opened by {@link ProtectedText}.
 */
@Service
public class TenantService {

    /** The most ids one {@link #withIds} call takes: a page's worth. */
    public static final int MAX_IDS = 100;

    private final TenantStore store;
    private final FileAccess access;
    private final ProtectedText texts;
    private final FederationKeys federationKeys;
    private final MetTenants met;
    private final Clock clock;

    public TenantService(TenantStore store, FileAccess access, ProtectedText texts, FederationKeys federationKeys,
            MetTenants met, Clock clock) {
        this.store = store;
        this.access = access;
        this.texts = texts;
        this.federationKeys = federationKeys;
        this.met = met;
        this.clock = clock;
    }

    /** Dates of the organisations' work are Brussels dates. */
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
        texts.newTenant(id);
        StatusChange first = new StatusChange(status, today, caller.author(), now);
        Tenant tenant = new Tenant(id, caller.requireOrganisation(), registration.profile(),
                texts.seal(id, number.map(NationalRegisterNumber::digits).orElse(null)), status, List.of(first),
                Map.of(), List.of(), List.of(), Set.of(), today, caller.author(), now, 0);
        store.insert(tenant, TenantEvents.registered(tenant, now));
        return tenant;
    }

    /** @param query words to find in the names, accents and case ignored; {@code null} for all */
    public PageResult<Tenant> list(Caller caller, String query, TenantStatus status, PageQuery page) {
        return list(caller, query, status, Set.of(), page);
    }

    /**
     * The caller's tenants (a volunteer's: those assigned to them) with no DONE follow-up dated in {@code month}
     * (a Brussels month, {@code YYYY-MM}, not after the current one; else 400 naming {@code notMetIn}), with the
     * list's other filters. Costs one range read of the month's met tenants plus the list's own query, whatever the
     * length of the history.
     */
    public PageResult<Tenant> notMetIn(Caller caller, String month, String query, TenantStatus status,
            PageQuery page) {
        YearMonth asked = null;
        try {
            asked = YearMonth.parse(month.strip());
        } catch (DateTimeParseException notAMonth) {
            throw InvalidInputException.onField("notMetIn", FieldErrorCode.INVALID_FORMAT, "must be a month, YYYY-MM");
        }
        if (asked.isAfter(YearMonth.from(today()))) {
            throw InvalidInputException.onField("notMetIn", FieldErrorCode.IN_FUTURE, "must not be after this month");
        }
        return list(caller, query, status, met.in(caller.requireOrganisation(), asked), page);
    }

    /** @param leftOut ids of tenants to leave out of the list (those met in a month, for instance) */
    private PageResult<Tenant> list(Caller caller, String query, TenantStatus status, Set<String> leftOut,
            PageQuery page) {
        List<String> terms = query == null || query.isBlank() ? List.of()
                : Arrays.asList(Names.fold(query).split(" "));
        return store.list(caller.requireOrganisation(), terms, status, FileAccess.onlyAssignedTo(caller), leftOut,
                page);
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
        return access.reachable(caller, wanted);
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
        Tenant before = access.open(caller, id);
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
        Tenant after = before.withProfile(profile,
                numberChanged ? texts.seal(id, number) : before.sealedNationalRegisterNumber());
        if (changes.status() != null && changes.status() != before.status()) {
            after = after.withStatus(new StatusChange(changes.status(), today, caller.author(), now));
        }
        List<DomainEvent> said = new ArrayList<>();
        if (numberChanged && after.hasGranted(ConsentPurpose.FEDERATION_STATISTICS)) {
            said.add(TenantEvents.federationKeyChanged(id, today, federationKey(after)));
        }
        save(before, after, TenantEvents.changed(before, after, now, said));
        return after;
    }

    /**
     * Erases the person for good: first the data key (so every sealed text, here and in backups, is unreadable),
     * then the names, contacts and other personal fields, with {@code TenantErased} in the same write. Interrupted
     * between the two, the erasure is simply asked again: the file is still there and the key already gone.
     */
    public void erase(Caller caller, String id) {
        Tenant tenant = access.open(caller, id);
        texts.forget(id);
        LocalDate today = today();
        if (!store.erase(tenant, today, TenantEvents.erased(tenant, today, clock.instant()))) {
            throw changedMeanwhile();
        }
    }

    /** Writes a change made by another part of the file (consents, relays), refusing a lost update. */
    public void save(Tenant before, Tenant after, List<EventEnvelope<?>> events) {
        if (!store.update(before, after, events)) {
            throw changedMeanwhile();
        }
    }

    /** The number, opened: for case workers ({@link FileAccess#isCaseWorker}) and the federation key. */
    public Optional<NationalRegisterNumber> nationalRegisterNumber(Tenant tenant) {
        return Optional.ofNullable(texts.open(tenant.id(), tenant.sealedNationalRegisterNumber()))
                .map(NationalRegisterNumber::new);
    }

    /** The relays with their contacts opened, for case workers. */
    public List<OpenedRelay> relays(Tenant tenant) {
        if (tenant.relays().isEmpty()) {
            return List.of();
        }
        var opening = texts.opening(tenant.id());
        return tenant.relays().stream()
                .map(relay -> new OpenedRelay(relay, opening.apply(relay.sealedContact()))).toList();
    }

    /** The federation key, only with {@code FEDERATION_STATISTICS} granted and a national register number known. */
    public String federationKey(Tenant tenant) {
        if (!tenant.hasGranted(ConsentPurpose.FEDERATION_STATISTICS)) {
            return null;
        }
        return nationalRegisterNumber(tenant).map(number -> federationKeys.of(number.digits())).orElse(null);
    }

    /** The files the caller follows: as referent worker (staff, coordinator) or as assigned volunteer. */
    public List<Tenant> followedBy(Caller caller) {
        return store.followedBy(caller.requireOrganisation(), caller.username(), !FileAccess.isCaseWorker(caller));
    }

    private static Optional<NationalRegisterNumber> parseOptional(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty()
                : Optional.of(NationalRegisterNumber.parse(typed));
    }

    private static RuleViolationException changedMeanwhile() {
        return new RuleViolationException(
                "This tenant file was changed by someone else meanwhile; reload it and try again.");
    }
}
