package be.foyer.events;

import java.util.Arrays;
import java.util.Optional;

import be.foyer.events.activities.ActivityScheduled;
import be.foyer.events.housing.DwellingRegistered;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.TenantRegistered;

/**
 * The catalogue of published events. A published type name is never renamed; a breaking change of a payload is
 * a new entry with the next version, and both are published for as long as consumers need the old one.
 */
public enum EventType {
    TENANT_REGISTERED("TenantRegistered", 1, Topics.TENANTS, TenantRegistered.class),
    FOLLOW_UP_RECORDED("FollowUpRecorded", 1, Topics.TENANTS, FollowUpRecorded.class),
    DWELLING_REGISTERED("DwellingRegistered", 1, Topics.HOUSING, DwellingRegistered.class),
    ACTIVITY_SCHEDULED("ActivityScheduled", 1, Topics.ACTIVITIES, ActivityScheduled.class);

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
