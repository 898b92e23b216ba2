package be.foyer.events;

import java.util.Arrays;
import java.util.Optional;

import be.foyer.events.activities.ActivityCancelled;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.ActivityRescheduled;
import be.foyer.events.activities.ActivityScheduled;
import be.foyer.events.activities.CouncilDecisionRecorded;
import be.foyer.events.activities.CouncilMeetingCancelled;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.CouncilMeetingRescheduled;
import be.foyer.events.activities.CouncilMeetingScheduled;
import be.foyer.events.activities.OutsideParticipantsCounted;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.events.activities.RegistrationCancelled;
import be.foyer.events.activities.RegistrationRecorded;
import be.foyer.events.housing.DwellingRegistered;
import be.foyer.events.housing.DwellingStatusChanged;
import be.foyer.events.housing.HousingSearchClosed;
import be.foyer.events.housing.HousingSearchOpened;
import be.foyer.events.housing.HousingSearchStepRecorded;
import be.foyer.events.housing.SiteRegistered;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.FollowUpCorrected;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.FollowUpWithdrawn;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.events.tenants.TenantRelayed;
import be.foyer.events.tenants.TenantStatusChanged;
import be.foyer.events.tenants.VolunteersAssigned;

/**
 * The catalogue of published events. A published type name is never renamed; a breaking change of a payload is
 * a new entry with the next version, and both are published for as long as consumers need the old one.
 */
public enum EventType {
    TENANT_REGISTERED("TenantRegistered", 1, Topics.TENANTS, TenantRegistered.class),
    TENANT_STATUS_CHANGED("TenantStatusChanged", 1, Topics.TENANTS, TenantStatusChanged.class),
    FOLLOW_UP_RECORDED("FollowUpRecorded", 1, Topics.TENANTS, FollowUpRecorded.class),
    FOLLOW_UP_CORRECTED("FollowUpCorrected", 1, Topics.TENANTS, FollowUpCorrected.class),
    FOLLOW_UP_WITHDRAWN("FollowUpWithdrawn", 1, Topics.TENANTS, FollowUpWithdrawn.class),
    CONSENT_CHANGED("ConsentChanged", 1, Topics.TENANTS, ConsentChanged.class),
    TENANT_RELAYED("TenantRelayed", 1, Topics.TENANTS, TenantRelayed.class),
    TENANT_ERASED("TenantErased", 1, Topics.TENANTS, TenantErased.class),
    VOLUNTEERS_ASSIGNED("VolunteersAssigned", 1, Topics.TENANTS, VolunteersAssigned.class),
    SITE_REGISTERED("SiteRegistered", 1, Topics.HOUSING, SiteRegistered.class),
    DWELLING_REGISTERED("DwellingRegistered", 1, Topics.HOUSING, DwellingRegistered.class),
    DWELLING_STATUS_CHANGED("DwellingStatusChanged", 1, Topics.HOUSING, DwellingStatusChanged.class),
    TENANCY_STARTED("TenancyStarted", 1, Topics.HOUSING, TenancyStarted.class),
    TENANCY_ENDED("TenancyEnded", 1, Topics.HOUSING, TenancyEnded.class),
    HOUSING_SEARCH_OPENED("HousingSearchOpened", 1, Topics.HOUSING, HousingSearchOpened.class),
    HOUSING_SEARCH_STEP_RECORDED("HousingSearchStepRecorded", 1, Topics.HOUSING, HousingSearchStepRecorded.class),
    HOUSING_SEARCH_CLOSED("HousingSearchClosed", 1, Topics.HOUSING, HousingSearchClosed.class),
    ACTIVITY_SCHEDULED("ActivityScheduled", 1, Topics.ACTIVITIES, ActivityScheduled.class),
    ACTIVITY_RESCHEDULED("ActivityRescheduled", 1, Topics.ACTIVITIES, ActivityRescheduled.class),
    ACTIVITY_CANCELLED("ActivityCancelled", 1, Topics.ACTIVITIES, ActivityCancelled.class),
    ACTIVITY_HELD("ActivityHeld", 1, Topics.ACTIVITIES, ActivityHeld.class),
    REGISTRATION_RECORDED("RegistrationRecorded", 1, Topics.ACTIVITIES, RegistrationRecorded.class),
    REGISTRATION_CANCELLED("RegistrationCancelled", 1, Topics.ACTIVITIES, RegistrationCancelled.class),
    PARTICIPATION_RECORDED("ParticipationRecorded", 1, Topics.ACTIVITIES, ParticipationRecorded.class),
    OUTSIDE_PARTICIPANTS_COUNTED("OutsideParticipantsCounted", 1, Topics.ACTIVITIES, OutsideParticipantsCounted.class),
    COUNCIL_MEETING_SCHEDULED("CouncilMeetingScheduled", 1, Topics.ACTIVITIES, CouncilMeetingScheduled.class),
    COUNCIL_MEETING_HELD("CouncilMeetingHeld", 1, Topics.ACTIVITIES, CouncilMeetingHeld.class),
    COUNCIL_MEETING_RESCHEDULED("CouncilMeetingRescheduled", 1, Topics.ACTIVITIES, CouncilMeetingRescheduled.class),
    COUNCIL_MEETING_CANCELLED("CouncilMeetingCancelled", 1, Topics.ACTIVITIES, CouncilMeetingCancelled.class),
    COUNCIL_DECISION_RECORDED("CouncilDecisionRecorded", 1, Topics.ACTIVITIES, CouncilDecisionRecorded.class);

    private final String typeName;
    private final int version;
    private final String topic;
    private final Class<? extends DomainEvent> payloadType;

    EventType(String typeName, int version, String topic, Class<? extends DomainEvent> payloadType) {
        this.typeName = typeName;
        this.version = version;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    public String typeName() {
        return typeName;
    }

    public int version() {
        return version;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> payloadType() {
        return payloadType;
    }

    /** The file name stem of this event's JSON Schema and golden sample, e.g. {@code TenantRegistered.v1}. */
    public String resourceName() {
        return typeName + ".v" + version;
    }

    public static Optional<EventType> find(String typeName, int version) {
        return Arrays.stream(values())
                .filter(type -> type.typeName.equals(typeName) && type.version == version)
                .findFirst();
    }

    public static EventType of(DomainEvent payload) {
        return Arrays.stream(values())
                .filter(type -> type.payloadType.equals(payload.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not in the event catalogue: " + payload.getClass()));
    }
}
