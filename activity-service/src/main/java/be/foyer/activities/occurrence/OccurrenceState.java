package be.foyer.activities.occurrence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import be.foyer.activities.activity.ActivityStatus;

/**
 * What happened to one occurrence apart from its series: moved, cancelled, held, and its registrations in the order
 * they came (the waitlist's order). Stored as one document, written by compare-and-set on {@code version}, so that
 * two workers taking the last place at once cannot both get it.
 *
 * @param movedStart {@code null} unless the occurrence alone was moved (likewise {@code movedEnd})
 * @param capacityLimit the occurrence's own bound on its places, set before the series' capacity is lowered so that
 *        a registration deciding with the old capacity meanwhile cannot overbook it; {@code null} when none
 * @param outside the people who came without being tenants, counted at attendance
 */
public record OccurrenceState(
        String id,
        String activityId,
        LocalDateTime originalStart,
        LocalDateTime movedStart,
        LocalDateTime movedEnd,
        ActivityStatus status,
        List<Registration> registrations,
        Integer capacityLimit,
        OutsideParticipants outside,
        long version) {

    public OccurrenceState {
        registrations = List.copyOf(registrations);
        outside = outside == null ? OutsideParticipants.none() : outside;
    }

    public static OccurrenceState fresh(String id, String activityId, LocalDateTime originalStart) {
        return new OccurrenceState(id, activityId, originalStart, null, null, ActivityStatus.SCHEDULED, List.of(), null,
                OutsideParticipants.none(), 0);
    }

    /** The places of this occurrence: the series' capacity, or its own limit when that is lower. */
    public int capacity(int seriesCapacity) {
        return capacityLimit == null ? seriesCapacity : Math.min(seriesCapacity, capacityLimit);
    }

    public OccurrenceState withCapacityLimit(Integer limit) {
        return new OccurrenceState(id, activityId, originalStart, movedStart, movedEnd, status, registrations, limit,
                outside, version);
    }

    public long confirmed() {
        return count(RegistrationStatus.CONFIRMED);
    }

    public long waitlisted() {
        return count(RegistrationStatus.WAITLISTED);
    }

    private long count(RegistrationStatus wanted) {
        return registrations.stream().filter(registration -> registration.status() == wanted).count();
    }

    public Optional<Registration> registration(String registrationId) {
        return registrations.stream().filter(registration -> registration.id().equals(registrationId)).findFirst();
    }

    public boolean hasActiveRegistration(String tenantId) {
        return registrations.stream().anyMatch(registration -> registration.isActive()
                && registration.tenantId().equals(tenantId));
    }

    public OccurrenceState withRegistration(Registration registration) {
        List<Registration> all = new ArrayList<>(registrations);
        all.add(registration);
        return new OccurrenceState(id, activityId, originalStart, movedStart, movedEnd, status, all, capacityLimit,
                outside, version);
    }

    public OccurrenceState withRegistrationChanged(String registrationId, UnaryOperator<Registration> change) {
        List<Registration> all = registrations.stream()
                .map(registration -> registration.id().equals(registrationId) ? change.apply(registration) : registration)
                .toList();
        return new OccurrenceState(id, activityId, originalStart, movedStart, movedEnd, status, all, capacityLimit,
                outside, version);
    }

    /** The same occurrence with the first name of every registration of {@code tenantId} forgotten. */
    public OccurrenceState forgettingFirstNameOf(String tenantId) {
        List<Registration> all = registrations.stream()
                .map(registration -> registration.tenantId().equals(tenantId) ? registration.withoutFirstName()
                        : registration)
                .toList();
        return new OccurrenceState(id, activityId, originalStart, movedStart, movedEnd, status, all, capacityLimit,
                outside, version);
    }

    public OccurrenceState withStatus(ActivityStatus newStatus) {
        return new OccurrenceState(id, activityId, originalStart, movedStart, movedEnd, newStatus, registrations,
                capacityLimit, outside, version);
    }

    public OccurrenceState withOutside(OutsideParticipants counted) {
        return new OccurrenceState(id, activityId, originalStart, movedStart, movedEnd, status, registrations,
                capacityLimit, counted, version);
    }

    /** Active registrations marked present: the tenants who came. */
    public long attended() {
        return registrations.stream().filter(registration -> registration.isActive()
                && registration.presence() == Presence.PRESENT).count();
    }

    /** The place of a registration in the waitlist (1 = next to get a place), or {@code null} unless waiting. */
    public Integer waitlistPosition(String registrationId) {
        int position = 0;
        for (Registration registration : registrations) {
            if (registration.status() == RegistrationStatus.WAITLISTED) {
                position++;
                if (registration.id().equals(registrationId)) {
                    return position;
                }
            }
        }
        return null;
    }

    public OccurrenceState movedTo(LocalDateTime start, LocalDateTime end) {
        return new OccurrenceState(id, activityId, originalStart, start, end, status, registrations, capacityLimit,
                outside, version);
    }
}
