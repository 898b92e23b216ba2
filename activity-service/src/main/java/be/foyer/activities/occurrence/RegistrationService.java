package be.foyer.activities.occurrence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.occurrence.OccurrenceService.Decision;
import be.foyer.activities.occurrence.Participants.OrganisationCount;
import be.foyer.activities.occurrence.Participants.Participant;
import be.foyer.events.EventEnvelope;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.tenants.KnownTenants;
import be.foyer.platform.web.PageQuery;

/**
 * Workers register their own organisation's tenants to occurrences, one or every open one of a series; volunteers the
 * tenants assigned to them. Places go in order; beyond the capacity a
 * registration waits, and the first waiting one takes a place that frees up.
 */
@Service
public class RegistrationService {

    /** A series registration takes at most this many occurrences... */
    public static final int SERIES_MAX_OCCURRENCES = 60;
    /** ...within this many months from now. */
    public static final int SERIES_MONTHS = 12;

    private final ActivityService activities;
    private final OccurrenceService occurrences;
    private final OccurrenceStore store;
    private final Calendar calendar;
    private final KnownTenants knownTenants;
    private final Clock clock;

    public RegistrationService(ActivityService activities, OccurrenceService occurrences, OccurrenceStore store,
            Calendar calendar, KnownTenants knownTenants, Clock clock) {
        this.activities = activities;
        this.occurrences = occurrences;
        this.store = store;
        this.calendar = calendar;
        this.knownTenants = knownTenants;
        this.clock = clock;
    }

    /** The new registration and the occurrence it is for. */
    public record Registered(Occurrence occurrence, Registration registration) {
    }

    public Registered register(Caller caller, String activityId, String occurrenceId, String tenantId,
            String firstName) {
        String organisation = caller.requireOrganisation();
        Activity activity = registrable(organisation, activityId);
        // an unknown tenant and a closed occurrence are named together, before anything is written
        FieldChecks checks = new FieldChecks();
        checkTenant(caller, tenantId, checks);
        checkOpen(activity, occurrences.find(activity, occurrenceId), checks);
        checks.throwIfAny();
        return occurrences.update(activity, occurrenceId,
                registering(caller, activity, tenantId, firstName, false));
    }

    /**
     * Registers the tenant to every occurrence of the series still open for registration, from now on (at most
     * {@link #SERIES_MAX_OCCURRENCES}, within {@link #SERIES_MONTHS} months), leaving out those they are already on.
     * Each is the compare-and-set of a single registration with its event: a full occurrence puts the tenant on
     * that date's waitlist only. An occurrence that closes or is cancelled meanwhile is left out too.
     *
     * @return the registrations made, by start; 409 when no occurrence was open
     */
    public List<Registered> registerSeries(Caller caller, String activityId, String tenantId, String firstName) {
        Activity activity = registrable(caller.requireOrganisation(), activityId);
        FieldChecks checks = new FieldChecks();
        checkTenant(caller, tenantId, checks);
        checks.throwIfAny();
        LocalDateTime now = LocalDateTime.now(clock.withZone(activity.zone()));
        List<Registered> made = new ArrayList<>();
        calendar.of(activity, now.toLocalDate().atStartOfDay(), now.plusMonths(SERIES_MONTHS)).stream()
                .filter(occurrence -> takesRegistration(activity, occurrence, tenantId))
                .limit(SERIES_MAX_OCCURRENCES)
                .forEach(open -> {
                    Registered registered = occurrences.update(activity, open.id(),
                            registering(caller, activity, tenantId, firstName, true));
                    if (registered != null) {
                        made.add(registered);
                    }
                });
        if (made.isEmpty()) {
            throw new RuleViolationException("No occurrence of this series is open for this tenant: they are past, closed, "
                    + "cancelled, or the tenant is already registered to each.");
        }
        return made;
    }

    private Activity registrable(String organisation, String activityId) {
        Activity activity = activities.get(organisation, activityId);
        if (activity.status() == ActivityStatus.CANCELLED) {
            throw new RuleViolationException("This activity is cancelled; nobody can register to it.");
        }
        return activity;
    }

    /** Workers register their organisation's tenants; volunteers only the tenants assigned to them. */
    private void checkTenant(Caller caller, String tenantId, FieldChecks checks) {
        boolean worker = caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR);
        checks.require(worker ? knownTenants.has(caller.organisation(), tenantId)
                        : knownTenants.isAssigned(caller.organisation(), tenantId, caller.username()),
                "tenantId", FieldErrorCode.UNKNOWN,
                worker ? "is not a tenant of your organisation" : "is not a tenant assigned to you");
    }

    /**
     * The registration of the tenant to one occurrence, decided on its current state. {@code skipUnavailable}: an
     * occurrence that no longer takes it (closed, cancelled, tenant already on it) is left unchanged and the answer
     * is {@code null}, instead of refusing.
     */
    private Function<Occurrence, Decision<Registered>> registering(Caller caller, Activity activity, String tenantId,
            String firstName, boolean skipUnavailable) {
        return occurrence -> {
            OccurrenceState state = occurrence.state();
            if (skipUnavailable && !takesRegistration(activity, occurrence, tenantId)) {
                return new Decision<>(state, List.of(), null);
            }
            if (state.status() != ActivityStatus.SCHEDULED) {
                throw new RuleViolationException("This occurrence is " + state.status() + "; nobody can register to it.");
            }
            FieldChecks stillOpen = new FieldChecks();
            checkOpen(activity, occurrence, stillOpen); // it may have been moved since
            stillOpen.throwIfAny();
            if (state.hasActiveRegistration(tenantId)) {
                throw new RuleViolationException("This tenant is already registered to this occurrence.");
            }
            boolean placeFree = state.confirmed() < state.capacity(activity.capacity()) && state.waitlisted() == 0;
            Instant now = clock.instant();
            Registration registration = new Registration(UUID.randomUUID().toString(), tenantId,
                    caller.organisation(), firstName == null || firstName.isBlank() ? null : firstName.strip(),
                    placeFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, now, caller.author(),
                    null, null);
            OccurrenceState registered = state.withRegistration(registration);
            return new Decision<>(registered, List.of(OccurrenceEvents.registrationRecorded(occurrence, registration, now)),
                    new Registered(new Occurrence(activity, occurrence.originalStart(), registered), registration));
        };
    }

    private boolean takesRegistration(Activity activity, Occurrence occurrence, String tenantId) {
        return occurrence.status() == ActivityStatus.SCHEDULED && isOpen(activity, occurrence)
                && (occurrence.state() == null || !occurrence.state().hasActiveRegistration(tenantId));
    }

    /** Registrations close {@code registrationClosesHoursBefore} the start, or when the occurrence ends. */
    private void checkOpen(Activity activity, Occurrence occurrence, FieldChecks checks) {
        checks.require(isOpen(activity, occurrence), "occurrenceId", FieldErrorCode.CONFLICTING,
                "registrations closed on " + closes(activity, occurrence) + " (Brussels time)");
    }

    private boolean isOpen(Activity activity, Occurrence occurrence) {
        return !LocalDateTime.now(clock.withZone(activity.zone())).isAfter(closes(activity, occurrence));
    }

    private static LocalDateTime closes(Activity activity, Occurrence occurrence) {
        return activity.registrationClosesHoursBefore() == null ? occurrence.end()
                : occurrence.start().minusHours(activity.registrationClosesHoursBefore());
    }

    /**
     * Withdraws a registration and gives freed places to the waitlist in order. The tenant's organisation (a
     * volunteer: for the tenants assigned to them), the organiser and facilitators may; for anyone else the
     * registration is as absent as an unknown one.
     */
    public Registration cancel(Caller caller, String activityId, String registrationId) {
        Activity activity = activities.get(caller.organisation(), activityId);
        OccurrenceState holding = store.holding(activityId, registrationId)
                .filter(state -> state.registration(registrationId)
                        .map(registration -> isOwn(caller, registration) || ActivityService.mayChange(caller, activity))
                        .orElse(false))
                .orElseThrow(() -> new NoSuchRecordException("registration", registrationId));
        return occurrences.update(activity, holding.id(), occurrence -> {
            OccurrenceState state = occurrence.state();
            Registration registration = state.registration(registrationId).orElseThrow();
            if (!registration.isActive()) {
                throw new RuleViolationException("This registration is already cancelled.");
            }
            if (state.status() == ActivityStatus.HELD) {
                throw new RuleViolationException("This occurrence was held; its attendance is taken instead.");
            }
            Instant now = clock.instant();
            List<EventEnvelope<?>> events = new ArrayList<>();
            events.add(OccurrenceEvents.registrationCancelled(occurrence, registration, now));
            OccurrenceState changed = state.withRegistrationChanged(registrationId,
                    withdrawn -> withdrawn.withStatus(RegistrationStatus.CANCELLED));
            // a cancelled occurrence has no place to give
            while (occurrence.status() == ActivityStatus.SCHEDULED
                    && changed.confirmed() < changed.capacity(activity.capacity())
                    && changed.waitlisted() > 0) {
                Registration first = changed.registrations().stream()
                        .filter(waiting -> waiting.status() == RegistrationStatus.WAITLISTED).findFirst().orElseThrow();
                changed = changed.withRegistrationChanged(first.id(), promoted -> promoted.promoted(now));
                events.add(OccurrenceEvents.registrationRecorded(occurrence, first.promoted(now), now));
            }
            return new Decision<>(changed, events, changed.registration(registrationId).orElseThrow());
        });
    }

    /** The participants of one occurrence as the caller may see them; a page of the rows, all the counts. */
    public Participants participants(Caller caller, String activityId, String occurrenceId, PageQuery page) {
        Activity activity = activities.get(caller.organisation(), activityId);
        Occurrence occurrence = occurrences.find(activity, occurrenceId);
        boolean runsIt = ActivityService.mayChange(caller, activity);
        Map<String, long[]> counts = new TreeMap<>();
        List<Participant> rows = new ArrayList<>();
        int waiting = 0;
        for (Registration registration : occurrence.registrations()) {
            if (!registration.isActive()) {
                continue;
            }
            boolean confirmed = registration.status() == RegistrationStatus.CONFIRMED;
            Integer position = confirmed ? null : ++waiting;
            boolean own = isOwn(caller, registration);
            if (own || runsIt) {
                long[] count = counts.computeIfAbsent(registration.organisation(), organisation -> new long[2]);
                count[confirmed ? 0 : 1]++;
                String firstName = own || knownTenants.sharesFirstName(registration.tenantId())
                        ? registration.firstName() : null;
                rows.add(new Participant(registration, own, firstName, position));
            }
        }
        List<OrganisationCount> byOrganisation = counts.entrySet().stream()
                .map(entry -> new OrganisationCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
        int from = Math.min(page.offset(), rows.size());
        return new Participants(occurrence, byOrganisation,
                rows.subList(from, Math.min(from + page.size(), rows.size())), rows.size());
    }

    /**
     * Whether the registration is the caller's to see and change fully: one of their organisation's for its staff and
     * coordinators, one of the tenants assigned to them for a volunteer.
     */
    boolean isOwn(Caller caller, Registration registration) {
        if (!registration.organisation().equals(caller.organisation())) {
            return false;
        }
        return caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR) || (caller.hasRole(Roles.VOLUNTEER)
                && knownTenants.isAssigned(caller.organisation(), registration.tenantId(), caller.username()));
    }

    /**
     * The occurrences where one of the caller's own registrations (see {@link #isOwn}) is active: the calendar's
     * {@code registered=mine}. Each tenant is looked up once per call.
     */
    public Predicate<Occurrence> withOwnRegistration(Caller caller) {
        Map<String, Boolean> own = new HashMap<>();
        return occurrence -> occurrence.registrations().stream().anyMatch(registration -> registration.isActive()
                && own.computeIfAbsent(registration.tenantId(), tenant -> isOwn(caller, registration)));
    }
}
