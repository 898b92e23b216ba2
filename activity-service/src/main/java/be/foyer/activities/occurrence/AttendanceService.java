package be.foyer.activities.occurrence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.ActivityStore;
import be.foyer.activities.activity.Place;
import be.foyer.activities.occurrence.OccurrenceService.Decision;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.platform.problem.ConflictException;
import be.foyer.platform.problem.FieldChecks;
import be.foyer.platform.problem.FieldErrorCode;
import be.foyer.platform.security.Caller;

/**
 * After an occurrence started, its organiser or a facilitator marks each registration present or absent. The first
 * time makes the occurrence HELD ({@code ActivityHeld}); each tenant newly marked present is a
 * {@code ParticipationRecorded}. A later correction to absent is kept here but cannot take back a participation
 * already published (the contract has no event for it).
 */
@Service
public class AttendanceService {

    private final ActivityService activities;
    private final ActivityStore activityStore;
    private final OccurrenceService occurrences;
    private final Clock clock;

    public AttendanceService(ActivityService activities, ActivityStore activityStore, OccurrenceService occurrences,
            Clock clock) {
        this.activities = activities;
        this.activityStore = activityStore;
        this.occurrences = occurrences;
        this.clock = clock;
    }

    public Occurrence record(Caller caller, String activityId, String occurrenceId, List<String> present,
            List<String> absent) {
        Activity activity = activities.changeable(caller, activityId);
        // the request checked that each registration is listed once and that there is one at least
        Map<String, Presence> marks = new HashMap<>();
        mark(marks, present, Presence.PRESENT);
        mark(marks, absent, Presence.ABSENT);
        Occurrence held = occurrences.update(activity, occurrenceId, occurrence -> {
            OccurrenceState state = occurrence.state();
            if (occurrence.status() == ActivityStatus.CANCELLED) {
                throw new ConflictException("This occurrence was cancelled; there is no attendance to take.");
            }
            FieldChecks checks = new FieldChecks();
            checks.require(!LocalDateTime.now(clock.withZone(activity.zone())).isBefore(occurrence.start()),
                    "occurrenceId", FieldErrorCode.CONFLICTING, "has not started yet (it starts on "
                            + occurrence.start() + ", Brussels time)");
            checkRegistered(state, present, "present", checks);
            checkRegistered(state, absent, "absent", checks);
            checks.throwIfAny();
            Instant now = clock.instant();
            List<EventEnvelope<?>> events = new ArrayList<>();
            Place place = activity.place();
            String placeId = place == null ? null : place.id();
            String placeCategory = place == null ? null : place.category().name();
            OccurrenceState changed = state;
            if (state.status() == ActivityStatus.SCHEDULED) {
                changed = changed.withStatus(ActivityStatus.HELD);
                events.add(EventEnvelope.of(activity.organisation(), new ActivityHeld(activity.id(), occurrence.id(),
                        activity.category().name(), activity.recurring(), occurrence.start().toLocalDate(), placeId,
                        placeCategory), now));
            }
            for (Registration registration : state.registrations()) {
                Presence presence = marks.get(registration.id());
                if (presence == null) {
                    continue;
                }
                if (presence == Presence.PRESENT && registration.presence() != Presence.PRESENT) {
                    events.add(EventEnvelope.of(registration.organisation(), new ParticipationRecorded(activity.id(),
                            occurrence.id(), registration.tenantId(), activity.organisation(),
                            activity.category().name(), activity.recurring(), occurrence.start().toLocalDate(),
                            placeId, placeCategory), now));
                }
                changed = changed.withRegistrationChanged(registration.id(), marked -> marked.withPresence(presence));
            }
            return new Decision<>(changed, events, new Occurrence(activity, occurrence.originalStart(), changed));
        });
        if (!activity.recurring()) {
            activityStore.markHeld(activity.id());
        }
        return held;
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
