package be.foyer.activities.occurrence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.occurrence.OccurrenceService.Decision;
import be.foyer.events.EventEnvelope;
import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.security.Caller;
import be.foyer.platform.security.Roles;
import be.foyer.platform.tenants.KnownTenants;

/**
 * After an occurrence started, its organiser or a facilitator marks each registration present or absent, notes known
 * tenants who walked in and counts outside participants by kind. The first time makes the occurrence HELD
 * ({@code ActivityHeld}); each tenant newly marked present is a {@code ParticipationRecorded}; a change of the
 * outside counts is an {@code OutsideParticipantsCounted} (numbers only: outside participants are never tenants nor
 * registrations). A later correction to absent is kept here but cannot take back a participation already published
 * (the contract has no event for it).
 */
@Service
public class AttendanceService {

    private final ActivityService activities;
    private final OccurrenceService occurrences;
    private final OccurrenceStore store;
    private final KnownTenants knownTenants;
    private final Clock clock;

    public AttendanceService(ActivityService activities, OccurrenceService occurrences,
            OccurrenceStore store, KnownTenants knownTenants, Clock clock) {
        this.activities = activities;
        this.occurrences = occurrences;
        this.store = store;
        this.knownTenants = knownTenants;
        this.clock = clock;
    }

    public Occurrence record(Caller caller, String activityId, AttendanceSheet sheet) {
        Activity activity = activities.changeable(caller, activityId);
        // the request checked that each registration and walk-in is listed once and that something is noted
        Map<String, Presence> marks = new HashMap<>();
        mark(marks, sheet.present(), Presence.PRESENT);
        mark(marks, sheet.absent(), Presence.ABSENT);
        List<String> walkInOrganisations = sheet.walkIns().stream()
                .map(tenantId -> walkInOrganisation(caller, activity, tenantId)).toList();
        Occurrence held = occurrences.update(activity, sheet.occurrenceId(), occurrence -> {
            OccurrenceState state = occurrence.state();
            if (occurrence.status() == ActivityStatus.CANCELLED) {
                throw new RuleViolationException("This occurrence was cancelled; there is no attendance to take.");
            }
            FieldChecks checks = new FieldChecks();
            checks.require(!LocalDateTime.now(clock.withZone(activity.zone())).isBefore(occurrence.start()),
                    "occurrenceId", FieldErrorCode.CONFLICTING, "has not started yet (it starts on "
                            + occurrence.start() + ", Brussels time)");
            // the programme's team meeting gathers workers, not tenants: an empty sheet says it was held
            checks.require(sheet.notesSomething() || activity.category() == ActivityCategory.TEAM_MEETING, "present",
                    FieldErrorCode.TOO_FEW,
                    "list at least one registration present or absent, a walk-in or outside participants");
            checkRegistered(state, sheet.present(), "present", checks);
            checkRegistered(state, sheet.absent(), "absent", checks);
            for (int i = 0; i < walkInOrganisations.size(); i++) {
                checks.require(walkInOrganisations.get(i) != null, "walkIns[" + i + "]", FieldErrorCode.UNKNOWN,
                        "is not a tenant of your organisation nor registered to this activity");
            }
            checks.throwIfAny();
            Instant now = clock.instant();
            List<EventEnvelope<?>> events = new ArrayList<>();
            OccurrenceState changed = state;
            if (state.status() == ActivityStatus.SCHEDULED) {
                changed = changed.withStatus(ActivityStatus.HELD);
                events.add(OccurrenceEvents.held(occurrence, now));
            }
            for (Registration registration : state.registrations()) {
                Presence presence = marks.get(registration.id());
                if (presence != null) {
                    changed = marked(changed, registration, presence, activity, occurrence, now, events);
                }
            }
            for (int i = 0; i < sheet.walkIns().size(); i++) {
                changed = walkedIn(changed, sheet.walkIns().get(i), walkInOrganisations.get(i), caller, activity,
                        occurrence, now, events);
            }
            if (sheet.outside() != null && !sheet.outside().equals(state.outside())) {
                changed = changed.withOutside(sheet.outside());
                events.add(OccurrenceEvents.outsideCounted(occurrence, sheet.outside(), now));
            }
            return new Decision<>(changed, events, new Occurrence(activity, occurrence.originalStart(), changed));
        });
        if (!activity.recurring()) {
            activities.markHeld(activity.id());
        }
        return held;
    }

    /**
     * The organisation of a tenant who may be noted as walked in, or {@code null}: a tenant of the caller's
     * organisation (staff, coordinators), or one registered (in any status) to any occurrence of this activity.
     */
    private String walkInOrganisation(Caller caller, Activity activity, String tenantId) {
        boolean ownTenant = caller.hasAnyRole(Roles.STAFF, Roles.COORDINATOR)
                && knownTenants.has(caller.organisation(), tenantId);
        boolean registeredHere = ownTenant || store.ofActivity(activity.id()).stream()
                .anyMatch(state -> state.registrations().stream()
                        .anyMatch(registration -> registration.tenantId().equals(tenantId)));
        return registeredHere ? knownTenants.organisationOf(tenantId) : null;
    }

    /** The registration marked; newly present, it is a participation. */
    private static OccurrenceState marked(OccurrenceState state, Registration registration, Presence presence,
            Activity activity, Occurrence occurrence, Instant now, List<EventEnvelope<?>> events) {
        if (presence == Presence.PRESENT && registration.presence() != Presence.PRESENT) {
            events.add(OccurrenceEvents.participation(occurrence, registration, now));
        }
        return state.withRegistrationChanged(registration.id(), noted -> noted.withPresence(presence));
    }

    /**
     * A tenant who came without a place: their waiting or confirmed registration here is confirmed and present, or a
     * new one is made so, beyond the capacity if need be (they came).
     */
    private static OccurrenceState walkedIn(OccurrenceState state, String tenantId, String organisation,
            Caller caller, Activity activity, Occurrence occurrence, Instant now, List<EventEnvelope<?>> events) {
        Registration registration = state.registrations().stream()
                .filter(active -> active.isActive() && active.tenantId().equals(tenantId)).findFirst().orElse(null);
        OccurrenceState changed = state;
        if (registration == null) {
            registration = new Registration(UUID.randomUUID().toString(), tenantId, organisation, null,
                    RegistrationStatus.CONFIRMED, now, caller.author(), null, null);
            changed = changed.withRegistration(registration);
            events.add(OccurrenceEvents.registrationRecorded(occurrence, registration, now));
        } else if (registration.status() == RegistrationStatus.WAITLISTED) {
            changed = changed.withRegistrationChanged(registration.id(), waiting -> waiting.promoted(now));
            registration = registration.promoted(now);
            events.add(OccurrenceEvents.registrationRecorded(occurrence, registration, now));
        }
        return marked(changed, registration, Presence.PRESENT, activity, occurrence, now, events);
    }

    private static void mark(Map<String, Presence> marks, List<String> ids, Presence presence) {
        if (ids != null) {
            ids.forEach(id -> marks.put(id, presence));
        }
    }

    private static void checkRegistered(OccurrenceState state, List<String> ids, String field, FieldChecks checks) {
        for (int i = 0; ids != null && i < ids.size(); i++) {
            boolean registered = state.registration(ids.get(i)).map(Registration::isActive).orElse(false);
            checks.require(registered, field + "[" + i + "]", FieldErrorCode.UNKNOWN,
                    "is not a registration of this occurrence");
        }
    }
}
