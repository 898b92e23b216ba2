package be.foyer.activities.activity;

import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.platform.outbox.OutboxCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.outbox.Outbox;

/** Activities in MongoDB, one document each, their pending events in the same document. */
@Repository
@OutboxCollection(ActivityStore.COLLECTION)
public class ActivityStore {

    static final String COLLECTION = "activities";

    private final MongoCollection<Document> activities;

    public ActivityStore(MongoDatabase database) {
        this.activities = database.getCollection(COLLECTION);
        activities.createIndex(Indexes.ascending("visibility", "startsAt"));
        activities.createIndex(Indexes.ascending("organisation", "startsAt"));
    }

    /** Stores the activity and its events (which carry no title) in one write. */
    public void schedule(Activity activity, EventEnvelope<?>... events) {
        activities.insertOne(toDocument(activity).append(Outbox.FIELD, Outbox.entries(events)));
    }

    /** Writes the activity's new state and its events in one write. */
    public void update(Activity activity, EventEnvelope<?>... events) {
        List<Bson> changes = new ArrayList<>();
        toDocument(activity).forEach((field, value) -> {
            if (!"_id".equals(field)) {
                changes.add(Updates.set(field, value));
            }
        });
        if (events.length > 0) {
            changes.add(Outbox.append(events));
        }
        activities.updateOne(Filters.eq("_id", activity.id()), Updates.combine(changes));
    }

    /** A one-off activity whose only occurrence was held is HELD itself; no event, {@code ActivityHeld} says it. */
    public void markHeld(String id) {
        activities.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", ActivityStatus.SCHEDULED.name())),
                Updates.set("status", ActivityStatus.HELD.name()));
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(activities.find(Filters.eq("_id", id)).first()).map(ActivityStore::toActivity);
    }

    /** The activities among {@code ids}, by id, whoever organises them: callers decide what may be seen. */
    public Map<String, Activity> findAll(Collection<String> ids) {
        Map<String, Activity> found = new HashMap<>();
        activities.find(Filters.in("_id", ids)).map(ActivityStore::toActivity)
                .forEach(activity -> found.put(activity.id(), activity));
        return found;
    }

    /**
     * The activities {@code organisation} sees (federation ones, and its own organisation ones; federation ones only
     * for a caller of no organisation) that may have an occurrence in [{@code from}, {@code until}), by first start.
     */
    public List<Activity> visibleBetween(String organisation, Instant from, Instant until) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(organisation == null ? Filters.eq("visibility", Visibility.FEDERATION.name())
                : Filters.or(Filters.eq("visibility", Visibility.FEDERATION.name()),
                        Filters.eq("organisation", organisation)));
        if (until != null) {
            conditions.add(Filters.lt("startsAt", Date.from(until)));
        }
        if (from != null) {
            conditions.add(Filters.or(Filters.eq("lastStartsAt", null), Filters.gte("lastStartsAt", Date.from(from))));
        }
        return activities.find(Filters.and(conditions)).sort(Sorts.ascending("startsAt", "_id"))
                .map(ActivityStore::toActivity).into(new ArrayList<>());
    }

    private static Document toDocument(Activity activity) {
        LocalDateTime lastStart = activity.lastStart();
        Place place = activity.place();
        return new Document("_id", activity.id())
                .append("organisation", activity.organisation())
                .append("title", activity.title())
                .append("description", activity.description())
                .append("category", activity.category().name())
                .append("visibility", activity.visibility().name())
                .append("place", place == null ? null : new Document("id", place.id()).append("name", place.name())
                        .append("address", place.address()).append("category", place.category().name()))
                .append("start", activity.start().toString())
                .append("end", activity.end().toString())
                .append("zone", activity.zone().getId())
                .append("startsAt", Date.from(activity.startsAt()))
                .append("endsAt", Date.from(activity.endsAt()))
                .append("lastStartsAt", lastStart == null ? null : Date.from(lastStart.atZone(activity.zone()).toInstant()))
                .append("recurrence", activity.recurring() ? activity.recurrence().rule() : null)
                .append("exceptions", activity.exceptions().stream().map(LocalDate::toString).toList())
                .append("capacity", activity.capacity())
                .append("registrationClosesHoursBefore", activity.registrationClosesHoursBefore())
                .append("costCents", activity.costCents())
                .append("accessibility", activity.accessibility())
                .append("status", activity.status().name())
                .append("scheduledBy", AuthorDocuments.write(activity.scheduledBy()))
                .append("scheduledAt", Date.from(activity.scheduledAt()));
    }

    private static Activity toActivity(Document document) {
        ZoneId zone = ZoneId.of(document.getString("zone"));
        Document place = document.get("place", Document.class);
        String rule = document.getString("recurrence");
        List<String> exceptions = document.getList("exceptions", String.class, List.of());
        String status = document.getString("status");
        return new Activity(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("title"),
                document.getString("description"),
                ActivityCategory.valueOf(document.getString("category")),
                Visibility.valueOf(document.getString("visibility")),
                // the id derives from the name again: places stored when ids were per organisation get the federation's
                place == null ? null : Place.named(place.getString("name"), place.getString("address"),
                        PlaceCategory.valueOf(place.getString("category"))),
                localOr(document.getString("start"), document.getDate("startsAt"), zone),
                localOr(document.getString("end"), document.getDate("endsAt"), zone),
                zone,
                rule == null ? null : Recurrence.parse(rule, zone),
                exceptions.stream().map(LocalDate::parse).toList(),
                document.getInteger("capacity", 0),
                document.getInteger("registrationClosesHoursBefore"),
                document.getInteger("costCents"),
                document.getString("accessibility"),
                status == null ? ActivityStatus.SCHEDULED : ActivityStatus.valueOf(status),
                AuthorDocuments.read(document.get("scheduledBy")),
                document.getDate("scheduledAt").toInstant());
    }

    /** Activities stored before local times were kept have only their instants. */
    private static LocalDateTime localOr(String local, Date instant, ZoneId zone) {
        return local != null ? LocalDateTime.parse(local) : LocalDateTime.ofInstant(instant.toInstant(), zone);
    }
}
