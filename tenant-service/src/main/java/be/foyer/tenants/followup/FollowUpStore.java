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
import be.foyer.tenants.protection.TenantCipher;
import be.foyer.tenants.tenant.LifeDomain;

/**
 * Follow-ups in MongoDB, one document each with its pending {@code FollowUpRecorded}. Notes are stored sealed with
 * the tenant's key; after an erasure they stay as unreadable ciphertext, and the anonymous facts keep counting.
 */
@Repository
public class FollowUpStore {

    static final String COLLECTION = "follow_ups";

    private final MongoCollection<Document> followUps;

    public FollowUpStore(MongoDatabase database) {
        this.followUps = database.getCollection(COLLECTION);
        followUps.createIndex(Indexes.ascending("organisation", "tenantId", "date"));
    }

    public void record(FollowUp followUp, TenantCipher cipher) {
        Place place = followUp.place();
        EventEnvelope<FollowUpRecorded> recorded = EventEnvelope.of(followUp.organisation(),
                new FollowUpRecorded(followUp.id(), followUp.tenantId(), followUp.date(), followUp.mode().name(),
                        followUp.durationMinutes(), followUp.domains().stream().map(Enum::name).toList(),
                        place == null ? null : place.id(),
                        place == null ? null : place.category().name()),
                followUp.recordedAt());
        followUps.insertOne(toDocument(followUp, cipher).append(Outbox.FIELD, Outbox.entries(recorded)));
    }

    /** The tenant's follow-ups, latest first. */
    public PageResult<FollowUp> list(String organisation, String tenantId, PageQuery page, TenantCipher cipher) {
        Bson filter = filter(organisation, tenantId);
        List<FollowUp> items = followUps.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("date"), Sorts.descending("recordedAt")))
                .skip(page.offset()).limit(page.size())
                .map(document -> toFollowUp(document, cipher)).into(new ArrayList<>());
        return PageResult.of(items, page, followUps.countDocuments(filter));
    }

    /** The tenant's follow-ups, oldest first. */
    public List<FollowUp> all(String organisation, String tenantId, TenantCipher cipher) {
        return followUps.find(filter(organisation, tenantId))
                .sort(Sorts.orderBy(Sorts.ascending("date"), Sorts.ascending("recordedAt")))
                .map(document -> toFollowUp(document, cipher)).into(new ArrayList<>());
    }

    private static Bson filter(String organisation, String tenantId) {
        return Filters.and(Filters.eq("organisation", organisation), Filters.eq("tenantId", tenantId));
    }

    private static Document toDocument(FollowUp followUp, TenantCipher cipher) {
        Document document = new Document("_id", followUp.id())
                .append("organisation", followUp.organisation())
                .append("tenantId", followUp.tenantId())
                .append("date", followUp.date().toString())
                .append("mode", followUp.mode().name())
                .append("durationMinutes", followUp.durationMinutes())
                .append("domains", followUp.domains().stream().map(Enum::name).toList())
                .append("note", cipher.seal(followUp.note()))
                .append("healthNote", cipher.seal(followUp.healthNote()))
                .append("recordedBy", followUp.recordedBy())
                .append("recordedAt", Date.from(followUp.recordedAt()));
        if (followUp.place() != null) {
            document.append("place", new Document("id", followUp.place().id())
                    .append("name", followUp.place().name())
                    .append("category", followUp.place().category().name()));
        }
        return document;
    }

    private static FollowUp toFollowUp(Document document, TenantCipher cipher) {
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
                document.getList("domains", String.class, List.of()).stream().map(LifeDomain::valueOf).toList(),
                cipher.open(document.getString("note")),
                cipher.open(document.getString("healthNote")),
                document.getString("recordedBy"),
                document.getDate("recordedAt").toInstant());
    }
}
