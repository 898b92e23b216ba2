package be.foyer.activities.occurrence;

import be.foyer.platform.outbox.OutboxCollection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import be.foyer.activities.activity.ActivityStatus;
import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.events.EventEnvelope;
import be.foyer.platform.outbox.Outbox;

/**
 * Occurrence documents: created when something first happens to an occurrence, then changed only by
 * compare-and-set on their version together with the events the change causes (one single-document write).
 */
@Repository
@OutboxCollection(OccurrenceStore.COLLECTION)
public class OccurrenceStore {

    static final String COLLECTION = "occurrences";

    private final MongoCollection<Document> occurrences;

    public OccurrenceStore(MongoDatabase database) {
        this.occurrences = database.getCollection(COLLECTION);
        occurrences.createIndex(Indexes.ascending("activityId"));
        occurrences.createIndex(Indexes.ascending("registrations.tenantId"));
    }

    public Optional<OccurrenceState> find(String id) {
        return Optional.ofNullable(occurrences.find(Filters.eq("_id", id)).first()).map(OccurrenceStore::toState);
    }

    /** The stored state, or a fresh one stored now (a concurrent creation wins harmlessly). */
    public OccurrenceState findOrCreate(String id, String activityId, LocalDateTime originalStart) {
        Optional<OccurrenceState> stored = find(id);
        if (stored.isPresent()) {
            return stored.get();
        }
        OccurrenceState fresh = OccurrenceState.fresh(id, activityId, originalStart);
        try {
            occurrences.insertOne(toDocument(fresh).append(Outbox.FIELD, List.of()));
            return fresh;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(id).orElseThrow();
        }
    }

    /**
     * Writes {@code changed} and its events if nobody wrote the occurrence since {@code changed.version()} was read.
     *
     * @return false when another write came first: read again and decide again
     */
    public boolean save(OccurrenceState changed, List<EventEnvelope<?>> events) {
        Document fields = toDocument(changed);
        fields.remove("_id");
        fields.remove("version");
        List<Bson> changes = new ArrayList<>();
        fields.forEach((field, value) -> changes.add(Updates.set(field, value)));
        changes.add(Updates.inc("version", 1L));
        if (!events.isEmpty()) {
            changes.add(Outbox.append(events.toArray(EventEnvelope<?>[]::new)));
        }
        Bson update = Updates.combine(changes);
        return occurrences.updateOne(Filters.and(Filters.eq("_id", changed.id()), Filters.eq("version", changed.version())),
                update).getModifiedCount() == 1;
    }

    /** The occurrence of the activity that holds this registration. */
    public Optional<OccurrenceState> holding(String activityId, String registrationId) {
        return Optional.ofNullable(occurrences.find(Filters.and(Filters.eq("activityId", activityId),
                Filters.eq("registrations.id", registrationId))).first()).map(OccurrenceStore::toState);
    }

    /** The occurrences where this tenant was ever registered. */
    public List<OccurrenceState> withTenant(String tenantId) {
        return occurrences.find(Filters.eq("registrations.tenantId", tenantId)).map(OccurrenceStore::toState)
                .into(new ArrayList<>());
    }

    public List<OccurrenceState> ofActivity(String activityId) {
        return occurrences.find(Filters.eq("activityId", activityId)).map(OccurrenceStore::toState)
                .into(new ArrayList<>());
    }

    /** The stored states of these activities' occurrences, by occurrence id. */
    public Map<String, OccurrenceState> ofActivities(Collection<String> activityIds) {
        return occurrences.find(Filters.in("activityId", activityIds)).map(OccurrenceStore::toState)
                .into(new ArrayList<>()).stream()
                .collect(Collectors.toMap(OccurrenceState::id, Function.identity()));
    }

    private static Document toDocument(OccurrenceState state) {
        return new Document("_id", state.id())
                .append("activityId", state.activityId())
                .append("originalStart", state.originalStart().toString())
                .append("movedStart", state.movedStart() == null ? null : state.movedStart().toString())
                .append("movedEnd", state.movedEnd() == null ? null : state.movedEnd().toString())
                .append("status", state.status().name())
                .append("registrations", state.registrations().stream().map(OccurrenceStore::toDocument).toList())
                .append("capacityLimit", state.capacityLimit())
                .append("outside", outsideDocument(state.outside()))
                .append("version", state.version());
    }

    private static Document toDocument(Registration registration) {
        return new Document("id", registration.id())
                .append("tenantId", registration.tenantId())
                .append("organisation", registration.organisation())
                .append("firstName", registration.firstName())
                .append("status", registration.status().name())
                .append("registeredAt", Date.from(registration.registeredAt()))
                .append("registeredBy", AuthorDocuments.write(registration.registeredBy()))
                .append("presence", registration.presence() == null ? null : registration.presence().name())
                .append("promotedAt", registration.promotedAt() == null ? null : Date.from(registration.promotedAt()));
    }

    private static Document outsideDocument(OutsideParticipants outside) {
        Document counts = new Document();
        outside.counts().forEach((kind, count) -> counts.append(kind.name(), count));
        return counts;
    }

    /** Occurrences stored before outside participants were counted have none. */
    private static OutsideParticipants toOutside(Document counts) {
        Map<OutsideKind, Integer> read = new EnumMap<>(OutsideKind.class);
        if (counts != null) {
            counts.forEach((kind, count) -> read.put(OutsideKind.valueOf(kind), ((Number) count).intValue()));
        }
        return new OutsideParticipants(read);
    }

    private static OccurrenceState toState(Document document) {
        String movedStart = document.getString("movedStart");
        String movedEnd = document.getString("movedEnd");
        return new OccurrenceState(
                document.getString("_id"),
                document.getString("activityId"),
                LocalDateTime.parse(document.getString("originalStart")),
                movedStart == null ? null : LocalDateTime.parse(movedStart),
                movedEnd == null ? null : LocalDateTime.parse(movedEnd),
                ActivityStatus.valueOf(document.getString("status")),
                document.getList("registrations", Document.class, List.of()).stream()
                        .map(OccurrenceStore::toRegistration).toList(),
                document.getInteger("capacityLimit"),
                toOutside(document.get("outside", Document.class)),
                ((Number) document.get("version")).longValue());
    }

    private static Registration toRegistration(Document document) {
        String presence = document.getString("presence");
        Date promotedAt = document.getDate("promotedAt");
        return new Registration(
                document.getString("id"),
                document.getString("tenantId"),
                document.getString("organisation"),
                document.getString("firstName"),
                RegistrationStatus.valueOf(document.getString("status")),
                document.getDate("registeredAt").toInstant(),
                AuthorDocuments.read(document.get("registeredBy")),
                presence == null ? null : Presence.valueOf(presence),
                promotedAt == null ? null : promotedAt.toInstant());
    }
}
