package be.foyer.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;

/** Envelopes as tenant-, housing- and activity-service publish them, for the tests. */
public final class Events {

    public static final String FEDERATION_STATISTICS = "FEDERATION_STATISTICS";

    private Events() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static EventEnvelope<FollowUpRecorded> followUp(String organisation, String tenantId, LocalDate date) {
        return EventEnvelope.of(organisation,
                new FollowUpRecorded(newId(), tenantId, date, "PHONE", 30, List.of(), null, null), Instant.now());
    }

    public static EventEnvelope<FollowUpRecorded> followUp(String organisation, String tenantId, LocalDate date,
            String mode, List<String> domains) {
        return EventEnvelope.of(organisation,
                new FollowUpRecorded(newId(), tenantId, date, mode, 30, domains, null, null), Instant.now());
    }

    public static EventEnvelope<FollowUpRecorded> accompaniment(String organisation, String tenantId, LocalDate date,
            String placeId, String placeCategory) {
        return EventEnvelope.of(organisation,
                new FollowUpRecorded(newId(), tenantId, date, "ACCOMPANIMENT", 90, List.of(), placeId, placeCategory),
                Instant.now());
    }

    public static EventEnvelope<TenantRegistered> tenantRegistered(String organisation, String tenantId,
            LocalDate registeredOn, String federationKey) {
        return EventEnvelope.of(organisation, new TenantRegistered(tenantId, registeredOn, federationKey),
                Instant.now());
    }

    public static EventEnvelope<ConsentChanged> consent(String organisation, String tenantId, boolean granted,
            String federationKey) {
        return EventEnvelope.of(organisation, new ConsentChanged(tenantId, FEDERATION_STATISTICS, granted,
                LocalDate.now(), federationKey), Instant.now());
    }

    public static EventEnvelope<TenantErased> erased(String organisation, String tenantId) {
        return EventEnvelope.of(organisation, new TenantErased(tenantId, LocalDate.now()), Instant.now());
    }

    public static EventEnvelope<TenancyStarted> tenancyStarted(String organisation, String tenancyId,
            String tenantId, LocalDate moveIn) {
        return EventEnvelope.of(organisation, new TenancyStarted(tenancyId, tenantId, newId(), newId(),
                "HOUSING_FIRST", moveIn, null), Instant.now());
    }

    public static EventEnvelope<TenancyEnded> tenancyEnded(String organisation, String tenancyId, String tenantId,
            LocalDate moveIn, LocalDate end, String reason) {
        return EventEnvelope.of(organisation, new TenancyEnded(tenancyId, tenantId, newId(), "HOUSING_FIRST", moveIn,
                end, reason), Instant.now());
    }

    public static EventEnvelope<ActivityHeld> activityHeld(String organiser, String activityId, boolean recurring,
            LocalDate heldOn) {
        return EventEnvelope.of(organiser, new ActivityHeld(activityId, newId(), "WORKSHOP", recurring, heldOn,
                null, null), Instant.now());
    }

    /** An occurrence of {@code activityId} held, of a category, at a federation-wide place (or none). */
    public static EventEnvelope<ActivityHeld> activityHeld(String organiser, String activityId, String category,
            boolean recurring, LocalDate heldOn, String placeId) {
        return EventEnvelope.of(organiser, new ActivityHeld(activityId, newId(), category, recurring, heldOn,
                placeId, placeId == null ? null : "NATURE"), Instant.now());
    }

    /** A tenant of {@code organisation} present at an occurrence of {@code activityId}, run by {@code organiser}. */
    public static EventEnvelope<ParticipationRecorded> participation(String organisation, String tenantId,
            String organiser, String activityId, String category, boolean recurring, LocalDate date, String placeId) {
        return EventEnvelope.of(organisation, new ParticipationRecorded(activityId, newId(), tenantId, organiser,
                category, recurring, date, placeId, placeId == null ? null : "NATURE"), Instant.now());
    }

    /** The envelope's organisation is the tenant's; {@code organiser} ran the activity. */
    public static EventEnvelope<ParticipationRecorded> participation(String organisation, String tenantId,
            String organiser, LocalDate date) {
        return EventEnvelope.of(organisation, new ParticipationRecorded(newId(), newId(), tenantId, organiser,
                "OUTING", false, date, null, null), Instant.now());
    }

    public static EventEnvelope<CouncilMeetingHeld> councilMeeting(LocalDate heldOn, String... attending) {
        return EventEnvelope.of("smes", new CouncilMeetingHeld(newId(), heldOn, List.of(attending), 12),
                Instant.now());
    }

    /** The same event, as if it had happened {@code ago} before now. */
    public static <P extends be.foyer.events.DomainEvent> EventEnvelope<P> occurredAgo(EventEnvelope<P> event,
            Duration ago) {
        return new EventEnvelope<>(event.eventId(), event.type(), event.version(), Instant.now().minus(ago),
                event.organisation(), event.aggregateId(), event.payload());
    }
}
