package be.foyer.tenants.followup;

import be.foyer.platform.outbox.OutboxCollection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.tenants.tenant.LifeDomain;

/**
 * Follow-ups in MongoDB, one document each with its pending events ({@code FollowUpRecorded}, then any
 * {@code FollowUpCorrected} or {@code FollowUpWithdrawn}), so they leave in the order written. Every change is one
 * single-document write guarded by the document's version. Notes and reasons come and go sealed with the tenant's
 * key, as the service gives them (the store opens nothing); after an erasure they stay as unreadable ciphertext, and
 * the anonymous facts keep counting.
 */
@Repository
@OutboxCollection(FollowUpStore.COLLECTION)
public class FollowUpStore {

    static final String COLLECTION = "follow_ups";

    private final MongoCollection<Document> followUps;

    public FollowUpStore(MongoDatabase database) {
        this.followUps = database.getCollection(COLLECTION);
        followUps.createIndex(Indexes.ascending("organisation", "tenantId", "date"));
    }

    public void insert(FollowUp followUp, Optional<EventEnvelope<?>> event) {
        followUps.insertOne(toDocument(followUp)
                .append("version", followUp.version())
                .append(Outbox.FIELD, Outbox.entries(event.stream().toArray(EventEnvelope<?>[]::new))));
    }

    /**
     * Writes {@code after} over {@code before} with its event, unless someone changed the follow-up since
     * {@code before} was read.
     *
     * @return whether the write happened
     */
    public boolean update(FollowUp before, FollowUp after, Optional<EventEnvelope<?>> event) {
        List<Bson> changes = new ArrayList<>();
        Document fields = toDocument(after);
        fields.remove("_id");
        fields.forEach((field, value) -> changes.add(value == null ? Updates.unset(field) : Updates.set(field, value)));
        changes.add(Updates.inc("version", 1L));
        event.ifPresent(envelope -> changes.add(Outbox.append(envelope)));
        Bson sameVersion = before.version() == 0
                ? Filters.or(Filters.eq("version", 0L), Filters.exists("version", false)) // stored before versions
                : Filters.eq("version", before.version());
        return followUps.updateOne(Filters.and(Filters.eq("_id", before.id()), sameVersion),
                Updates.combine(changes)).getModifiedCount() == 1;
    }

    public Optional<FollowUp> find(String organisation, String tenantId, String id) {
        // by _id alone, which even the in-memory stand-in answers from its primary index
        return Optional.ofNullable(followUps.find(Filters.eq("_id", id)).first())
                .filter(document -> organisation.equals(document.getString("organisation"))
                        && tenantId.equals(document.getString("tenantId")))
                .map(FollowUpStore::toFollowUp);
    }

    /** The tenant's follow-ups that match, latest first. */
    public PageResult<FollowUp> list(String organisation, String tenantId, FollowUpFilter only, PageQuery page) {
        List<Bson> conditions = new ArrayList<>(List.of(filter(organisation, tenantId)));
        if (only.mode() != null) {
            conditions.add(Filters.eq("mode", only.mode().name()));
        }
        if (only.domain() != null) {
            conditions.add(Filters.eq("domains", only.domain().name()));
        }
        if (only.from() != null) {
            conditions.add(Filters.gte("date", only.from().toString()));
        }
        if (only.to() != null) {
            conditions.add(Filters.lte("date", only.to().toString()));
        }
        if (only.status() == FollowUpStatus.DONE) {
            conditions.add(Filters.or(Filters.eq("status", FollowUpStatus.DONE.name()),
                    Filters.exists("status", false)));
        } else if (only.status() != null) {
            conditions.add(Filters.eq("status", only.status().name()));
        }
        Bson filter = Filters.and(conditions);
        List<FollowUp> items = followUps.find(filter)
                .sort(Sorts.descending("date", "time", "recordedAt"))
                .skip(page.offset()).limit(page.size())
                .map(FollowUpStore::toFollowUp).into(new ArrayList<>());
        return PageResult.of(items, page, followUps.countDocuments(filter));
    }

    /** The tenant's follow-ups, oldest first. */
    public List<FollowUp> all(String organisation, String tenantId) {
        return followUps.find(filter(organisation, tenantId))
                .sort(Sorts.ascending("date", "time", "recordedAt"))
                .map(FollowUpStore::toFollowUp).into(new ArrayList<>());
    }

    /** Every follow-up of every tenant, without its texts, for rebuilding what is derived from them. */
    public void forEachWithoutTexts(Consumer<FollowUp> action) {
        followUps.find().projection(new Document("note", 0).append("healthNote", 0).append(Outbox.FIELD, 0))
                .forEach(document -> action.accept(toFollowUp(document).withTexts(sealed -> null)));
    }

    public boolean isEmpty() {
        return followUps.find().limit(1).first() == null;
    }

    private static Bson filter(String organisation, String tenantId) {
        return Filters.and(Filters.eq("organisation", organisation), Filters.eq("tenantId", tenantId));
    }

    private static Document toDocument(FollowUp followUp) {
        Place place = followUp.place();
        Withdrawal withdrawal = followUp.withdrawal();
        return new Document("_id", followUp.id())
                .append("organisation", followUp.organisation())
                .append("tenantId", followUp.tenantId())
                .append("date", followUp.date().toString())
                .append("time", followUp.time() == null ? null : followUp.time().toString())
                .append("status", followUp.status().name())
                .append("mode", followUp.mode().name())
                .append("durationMinutes", followUp.durationMinutes())
                .append("domains", followUp.domains().stream().map(Enum::name).toList())
                .append("note", followUp.note())
                .append("healthNote", followUp.healthNote())
                .append("recordedBy", AuthorDocuments.write(followUp.recordedBy()))
                .append("recordedAt", Date.from(followUp.recordedAt()))
                .append("place", place == null ? null : new Document("id", place.id())
                        .append("name", place.name())
                        .append("category", place.category().name()))
                .append("corrections", followUp.corrections().stream()
                        .map(correction -> new Document("correctedAt", Date.from(correction.correctedAt()))
                                .append("correctedBy", AuthorDocuments.write(correction.correctedBy()))
                                .append("reason", correction.reason())).toList())
                .append("withdrawal", withdrawal == null ? null
                        : new Document("withdrawnAt", Date.from(withdrawal.withdrawnAt()))
                                .append("withdrawnBy", AuthorDocuments.write(withdrawal.withdrawnBy()))
                                .append("reason", withdrawal.reason()));
    }

    private static FollowUp toFollowUp(Document document) {
        Document place = document.get("place", Document.class);
        Document withdrawal = document.get("withdrawal", Document.class);
        String status = document.getString("status");
        String time = document.getString("time");
        return new FollowUp(
                document.getString("_id"),
                document.getString("organisation"),
                document.getString("tenantId"),
                LocalDate.parse(document.getString("date")),
                time == null ? null : LocalTime.parse(time),
                status == null ? FollowUpStatus.DONE : FollowUpStatus.valueOf(status), // stored before statuses
                FollowUpMode.valueOf(document.getString("mode")),
                document.getInteger("durationMinutes", 0),
                // the id derives from the name again: places stored when ids were per organisation get the federation's
                place == null ? null : Place.named(place.getString("name"),
                        PlaceCategory.valueOf(place.getString("category"))),
                document.getList("domains", String.class, List.of()).stream().map(LifeDomain::valueOf).toList(),
                document.getString("note"),
                document.getString("healthNote"),
                AuthorDocuments.read(document.get("recordedBy")),
                document.getDate("recordedAt").toInstant(),
                document.getList("corrections", Document.class, List.of()).stream()
                        .map(correction -> new Correction(correction.getDate("correctedAt").toInstant(),
                                AuthorDocuments.read(correction.get("correctedBy")), correction.getString("reason")))
                        .toList(),
                withdrawal == null ? null : new Withdrawal(withdrawal.getDate("withdrawnAt").toInstant(),
                        AuthorDocuments.read(withdrawal.get("withdrawnBy")), withdrawal.getString("reason")),
                ((Number) document.get("version", 0L)).longValue());
    }
}
