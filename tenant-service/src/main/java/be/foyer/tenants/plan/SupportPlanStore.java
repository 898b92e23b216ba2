package be.foyer.tenants.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.tenants.tenant.LifeDomain;

/**
 * Support plan revisions, one document each and never changed: a revision is added, none is overwritten. A unique
 * index on (tenant, revision) makes two simultaneous revisions of the same plan collide instead of both counting
 * as the same number. Goal descriptions come and go sealed, as the service gives them.
 */
@Repository
public class SupportPlanStore {

    static final String COLLECTION = "support_plan_revisions";

    private final MongoCollection<Document> revisions;

    public SupportPlanStore(MongoDatabase database) {
        this.revisions = database.getCollection(COLLECTION);
        revisions.createIndex(Indexes.ascending("tenantId", "revision"), new IndexOptions().unique(true));
    }

    /** @return false when another revision with the same number was stored first */
    public boolean add(String organisation, PlanRevision revision) {
        try {
            revisions.insertOne(new Document("_id", revision.tenantId() + ":" + revision.revision())
                    .append("organisation", organisation)
                    .append("tenantId", revision.tenantId())
                    .append("revision", revision.revision())
                    .append("goals", revision.goals().stream().map(goal -> new Document("domain", goal.domain().name())
                            .append("description", goal.description())
                            .append("status", goal.status().name())
                            .append("startDate", text(goal.startDate()))
                            .append("targetDate", text(goal.targetDate()))).toList())
                    .append("revisedBy", AuthorDocuments.write(revision.revisedBy()))
                    .append("revisedAt", Date.from(revision.revisedAt())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** The number of the latest revision, 0 when there is none. */
    public int latestRevision(String organisation, String tenantId) {
        Document latest = revisions.find(Filters.and(Filters.eq("organisation", organisation),
                Filters.eq("tenantId", tenantId))).sort(Sorts.descending("revision")).limit(1).first();
        return latest == null ? 0 : latest.getInteger("revision");
    }

    /** Every revision, latest first. */
    public List<PlanRevision> all(String organisation, String tenantId) {
        return revisions.find(Filters.and(Filters.eq("organisation", organisation), Filters.eq("tenantId", tenantId)))
                .sort(Sorts.descending("revision"))
                .map(document -> new PlanRevision(document.getString("tenantId"), document.getInteger("revision"),
                        document.getList("goals", Document.class, List.of()).stream()
                                .map(goal -> new Goal(LifeDomain.valueOf(goal.getString("domain")),
                                        goal.getString("description"),
                                        GoalStatus.valueOf(goal.getString("status")),
                                        date(goal.getString("startDate")), date(goal.getString("targetDate"))))
                                .toList(),
                        AuthorDocuments.read(document.get("revisedBy")), document.getDate("revisedAt").toInstant()))
                .into(new ArrayList<>());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
