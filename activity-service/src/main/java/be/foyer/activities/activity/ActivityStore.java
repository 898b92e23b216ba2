package be.foyer.activities.activity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityScheduled;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Activities in MongoDB, one document each, their pending events in the same document. */
@Repository
public class ActivityStore {

    static final String COLLECTION = "activities";

    private final MongoCollection<Document> activities;

    public ActivityStore(MongoDatabase database) {
        this.activities = database.getCollection(COLLECTION);
        activities.createIndex(Indexes.ascending("visibility", "startsAt"));
        activities.createIndex(Indexes.ascending("organisation", "startsAt"));
    }

    /** Stores the activity and its {@code ActivityScheduled} event (which carries no title) in one write. */
    public void schedule(Activity activity) {
        EventEnvelope<ActivityScheduled> scheduled = EventEnvelope.of(activity.organisation(),
                new ActivityScheduled(activity.id(), activity.category().name(), activity.visibility().name(),
                        activity.startsAt(), activity.endsAt(), false, activity.capacity()),
                activity.scheduledAt());
        activities.insertOne(toDocument(activity).append(Outbox.FIELD, Outbox.entries(scheduled)));
    }

    public Optional<Activity> find(String id) {
        return Optional.ofNullable(activities.find(Filters.eq("_id", id)).first()).map(ActivityStore::toActivity);
    }

    /**
     * The activities {@code organisation} sees (federation ones, and its own organisation ones; federation ones only
     * for a caller of no organisation) starting in [{@code from}, {@code until}), either bound optional, by start.
     */
    public PageResult<Activity> listVisibleTo(String organisation, Instant from, Instant until, PageQuery page) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(organisation == null ? Filters.eq("visibility", Visibility.FEDERATION.name())
                : Filters.or(Filters.eq("visibility", Visibility.FEDERATION.name()),
                        Filters.eq("organisation", organisation)));
        if (from != null) {
            conditions.add(Filters.gte("startsAt", Date.from(from)));
        }
        if (until != null) {
            conditions.add(Filters.lt("startsAt", Date.from(until)));
        }
        Bson filter = Filters.and(conditions);
        List<Activity> items = activities.find(filter)
                .sort(Sorts.ascending("startsAt", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(ActivityStore::toActivity).into(new ArrayList<>());
        return PageResult.of(items, page, activities.countDocuments(filter));
    }

    private static Document toDocument(Activity activity) {
        return new Document("_id", activity.id())
                .append("organisation", activity.organisation())
                .append("title", activity.title())
                .append("category", activity.category().name())
                .append("visibility", activity.visibility().name())
                .append("startsAt", Date.from(activity.startsAt()))
                .append("endsAt", Date.from(activity.endsAt()))
                .append("zone", activity.zone().getId())
                .append("capacity", activity.capacity())
                .append("scheduledBy", activity.scheduledBy())
                .append("scheduledAt", Date.from(activity.scheduledAt()));
    }

    private static Activity toActivity(Document document) {
        return new Activity(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("title"),
                ActivityCategory.valueOf(document.getString("category")),
                Visibility.valueOf(document.getString("visibility")),
                document.getDate("startsAt").toInstant(),
                document.getDate("endsAt").toInstant(),
                ZoneId.of(document.getString("zone")),
                document.getInteger("capacity", 0),
                document.getString("scheduledBy"),
                document.getDate("scheduledAt").toInstant());
    }
}
