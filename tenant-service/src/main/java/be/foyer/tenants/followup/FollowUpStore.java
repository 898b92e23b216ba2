package be.foyer.tenants.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Follow-ups in MongoDB, one document each with its pending {@code FollowUpRecorded}. */
@Repository
public class FollowUpStore {

    static final String COLLECTION = "follow_ups";

    private final MongoCollection<Document> followUps;

    public FollowUpStore(MongoDatabase database) {
        this.followUps = database.getCollection(COLLECTION);
        followUps.createIndex(Indexes.ascending("organisation", "tenantId", "date"));
    }

    public void record(FollowUp followUp) {
        Place place = followUp.place();
        EventEnvelope<FollowUpRecorded> recorded = EventEnvelope.of(followUp.organisation(),
                new FollowUpRecorded(followUp.id(), followUp.tenantId(), followUp.date(), followUp.mode().name(),
                        followUp.durationMinutes(), List.of(), place == null ? null : place.id(),
                        place == null ? null : place.category().name()),
                followUp.recordedAt());
        followUps.insertOne(toDocument(followUp).append(Outbox.FIELD, Outbox.entries(recorded)));
    }

    /** The tenant's follow-ups, latest first. */
    public PageResult<FollowUp> list(String organisation, String tenantId, PageQuery page) {
        Bson filter = Filters.and(Filters.eq("organisation", organisation), Filters.eq("tenantId", tenantId));
        List<FollowUp> items = followUps.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("date"), Sorts.descending("recordedAt")))
                .skip(page.offset()).limit(page.size())
                .map(FollowUpStore::toFollowUp).into(new ArrayList<>());
        return PageResult.of(items, page, followUps.countDocuments(filter));
    }

    private static Document toDocument(FollowUp followUp) {
        Document document = new Document("_id", followUp.id())
                .append("organisation", followUp.organisation())
                .append("tenantId", followUp.tenantId())
                .append("date", followUp.date().toString())
                .append("mode", followUp.mode().name())
                .append("durationMinutes", followUp.durationMinutes())
                .append("recordedBy", followUp.recordedBy())
                .append("recordedAt", Date.from(followUp.recordedAt()));
        if (followUp.place() != null) {
            document.append("place", new Document("id", followUp.place().id())
                    .append("name", followUp.place().name())
                    .append("category", followUp.place().category().name()));
        }
        return document;
    }

    private static FollowUp toFollowUp(Document document) {
        Document place = document.get("place", Document.class);
        return new FollowUp(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("tenantId"),
                LocalDate.parse(document.getString("date")),
                FollowUpMode.valueOf(document.getString("mode")),
                document.getInteger("durationMinutes", 0),
                place == null ? null : new Place(place.getString("id"), place.getString("name"),
                        PlaceCategory.valueOf(place.getString("category"))),
                document.getString("recordedBy"),
                document.getDate("recordedAt").toInstant());
    }
}
