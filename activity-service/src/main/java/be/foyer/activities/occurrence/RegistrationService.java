package be.foyer.activities.occurrence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.occurrence.OccurrenceService.Decision;
import be.foyer.activities.occurrence.Participants.OrganisationCount;
import be.foyer.activities.occurrence.Participants.Participant;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.RegistrationCancelled;
import be.foyer.events.activities.RegistrationRecorded;
import be.foyer.platform.problem.ConflictException;
import be.foyer.platform.problem.FieldChecks;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.problem.NotFoundException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.tenants.KnownTenants;
import be.foyer.platform.web.PageQuery;

/**
 * Workers register their own organisation's tenants to occurrences. Places go in order; beyond the capacity a
 * registration waits, and the first waiting one takes a place that frees up.
 */
@Service
public class RegistrationService {

    private final ActivityService activities;
    private final OccurrenceService occurrences;
    private final OccurrenceStore store;
    private final KnownTenants knownTenants;
    private final Clock clock;

    public RegistrationService(ActivityService activities, OccurrenceService occurrences, OccurrenceStore store,
            KnownTenants knownTenants, Clock clock) {
        this.activities = activities;
        this.occurrences = occurrences;
        this.store = store;
        this.knownTenants = knownTenants;
        this.clock = clock;
    }

    /** The new registration and the occurrence it is for. */
    public record Registered(Occurrence occurrence, Registration registration) {
    }

    public Registered register(Caller caller, String activityId, String occurrenceId, String tenantId,
            String firstName) {
        String organisation = caller.requireOrganisation();
        Activity activity = activities.get(organisation, activityId);
        if (activity.status() == ActivityStatus.CANCELLED) {
            throw new ConflictException("This activity is cancelled; nobody can register to it.");
        }
        // an unknown tenant and a closed occurrence are named together, before anything is written
        FieldChecks checks = new FieldChecks();
        checks.require(knownTenants.has(organisation, tenantId), "tenantId", FieldErrorCode.UNKNOWN,
                "is not a tenant of your organisation");
        checkOpen(activity, occurrences.find(activity, occurrenceId), checks);
        checks.throwIfAny();
        return occurrences.update(activity, occurrenceId, occurrence -> {
            OccurrenceState state = occurrence.state();
            if (state.status() != ActivityStatus.SCHEDULED) {
                throw new ConflictException("This occurrence is " + state.status() + "; nobody can register to it.");
            }
            FieldChecks stillOpen = new FieldChecks();
            checkOpen(activity, occurrence, stillOpen); // it may have been moved since
            stillOpen.throwIfAny();
            if (state.hasActiveRegistration(tenantId)) {
                throw new ConflictException("This tenant is already registered to this occurrence.");
            }
            boolean placeFree = state.confirmed() < state.capacity(activity.capacity()) && state.waitlisted() == 0;
            Instant now = clock.instant();
            Registration registration = new Registration(UUID.randomUUID().toString(), tenantId, organisation,
                    firstName == null || firstName.isBlank() ? null : firstName.strip(),
                    placeFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, now, caller.userId(), null);
            OccurrenceState registered = state.withRegistration(registration);
            return new Decision<>(registered, List.of(recorded(activity, occurrence, registration, now)),
                    new Registered(new Occurrence(activity, occurrence.originalStart(), registered), registration));
        });
    }

    /** Registrations close {@code registrationClosesHoursBefore} the start, or when the occurrence ends. */
    private void checkOpen(Activity activity, Occurrence occurrence, FieldChecks checks) {
        LocalDateTime closes = activity.registrationClosesHoursBefore() == null ? occurrence.end()
                : occurrence.start().minusHours(activity.registrationClosesHoursBefore());
        checks.require(!LocalDateTime.now(clock.withZone(activity.zone())).isAfter(closes), "occurrenceId",
                FieldErrorCode.CONFLICTING, "registrations closed on " + closes + " (Brussels time)");
    }

    /**
     * Withdraws a registration and gives freed places to the waitlist in order. The tenant's organisation, the
     * organiser and facilitators may; for anyone else the registration is as absent as an unknown one.
     */
    public Registration cancel(Caller caller, String activityId, String registrationId) {
        Activity activity = activities.get(caller.organisation(), activityId);
        OccurrenceState holding = store.holding(activityId, registrationId)
                .filter(state -> state.registration(registrationId)
                        .map(registration -> isOwn(caller, registration) || ActivityService.mayChange(caller, activity))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
        return occurrences.update(activity, holding.id(), occurrence -> {
            OccurrenceState state = occurrence.state();
            Registration registration = state.registration(registrationId).orElseThrow();
            if (!registration.isActive()) {
                throw new ConflictException("This registration is already cancelled.");
            }
            if (state.status() == ActivityStatus.HELD) {
                throw new ConflictException("This occurrence was held; its attendance is taken instead.");
            }
            Instant now = clock.instant();
            List<EventEnvelope<?>> events = new ArrayList<>();
            events.add(EventEnvelope.of(registration.organisation(), new RegistrationCancelled(registrationId,
                    activity.id(), occurrence.id(), registration.tenantId()), now));
            OccurrenceState changed = state.withRegistrationChanged(registrationId,
                    withdrawn -> withdrawn.withStatus(RegistrationStatus.CANCELLED));
            // a cancelled occurrence has no place to give
            while (occurrence.status() == ActivityStatus.SCHEDULED
                    && changed.confirmed() < changed.capacity(activity.capacity())
                    && changed.waitlisted() > 0) {
                Registration first = changed.registrations().stream()
                        .filter(waiting -> waiting.status() == RegistrationStatus.WAITLISTED).findFirst().orElseThrow();
                changed = changed.withRegistrationChanged(first.id(),
                        promoted -> promoted.withStatus(RegistrationStatus.CONFIRMED));
                events.add(recorded(activity, occurrence, first.withStatus(RegistrationStatus.CONFIRMED), now));
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

    /** Whether the registration is of the caller's organisation, so its worker sees and changes it fully. */
    static boolean isOwn(Caller caller, Registration registration) {
        return registration.organisation().equals(caller.organisation())
                && caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR);
    }

    private static EventEnvelope<RegistrationRecorded> recorded(Activity activity, Occurrence occurrence,
            Registration registration, Instant now) {
        return EventEnvelope.of(registration.organisation(), new RegistrationRecorded(registration.id(),
                activity.id(), occurrence.id(), registration.tenantId(), registration.status().name()), now);
    }
}
