package be.foyer.tenants.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/**
 * Who read which tenant file and when. Listing the audit is not itself recorded, so reading it does not grow it.
 * The entries hold workers' usernames and no data of the tenant, and stay after an erasure as the record of who
 * had access. Beside the audit, each worker's last distinct files are kept for their caseload page.
 */
@Repository
public class ReadAudit {

    static final String COLLECTION = "file_reads";
    static final String RECENT = "recent_files";
    /** How many distinct files each worker's list of recent files keeps. */
    static final int RECENT_KEPT = 10;

    private final MongoCollection<Document> reads;
    private final MongoCollection<Document> recent;
    private final Clock clock;

    public ReadAudit(MongoDatabase database, Clock clock) {
        this.reads = database.getCollection(COLLECTION);
        this.recent = database.getCollection(RECENT);
        this.clock = clock;
        reads.createIndex(Indexes.ascending("organisation", "tenantId", "readAt"));
    }

    public void record(String organisation, String tenantId, String readBy, ReadSubject what) {
        Date now = Date.from(clock.instant());
        // an ObjectId grows with every insert of this process: it orders reads made within the same millisecond
        reads.insertOne(new Document("_id", new ObjectId())
                .append("organisation", organisation)
                .append("tenantId", tenantId)
                .append("readBy", readBy)
                .append("readAt", now)
                .append("what", what.name()));
        // the worker's recent files, latest first, one small document read by its id: no search through the audit
        Bson mine = Filters.eq("_id", recentKey(organisation, readBy));
        recent.updateOne(mine, Updates.pull("files", new Document("tenantId", tenantId)));
        recent.updateOne(mine, Updates.pushEach("files", List.of(new Document("tenantId", tenantId)
                .append("openedAt", now)), new PushOptions().position(0).slice(RECENT_KEPT)),
                new UpdateOptions().upsert(true));
    }

    /** The distinct files {@code readBy} read last, latest first (at most {@value #RECENT_KEPT}). */
    public List<RecentFile> recentFiles(String organisation, String readBy) {
        Document mine = recent.find(Filters.eq("_id", recentKey(organisation, readBy))).first();
        return mine == null ? List.of() : mine.getList("files", Document.class, List.of()).stream()
                .map(file -> new RecentFile(file.getString("tenantId"), file.getDate("openedAt").toInstant()))
                .toList();
    }

    private static String recentKey(String organisation, String readBy) {
        return organisation + "|" + readBy;
    }

    /** Latest first. */
    public PageResult<FileRead> list(String organisation, String tenantId, PageQuery page) {
        Bson filter = filter(organisation, tenantId);
        List<FileRead> items = reads.find(filter).sort(Sorts.descending("readAt", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(ReadAudit::toRead).into(new ArrayList<>());
        return PageResult.of(items, page, reads.countDocuments(filter));
    }

    /** Every read, oldest first, for the export. */
    public List<FileRead> all(String organisation, String tenantId) {
        return reads.find(filter(organisation, tenantId)).sort(Sorts.ascending("readAt", "_id"))
                .map(ReadAudit::toRead).into(new ArrayList<>());
    }

    private static Bson filter(String organisation, String tenantId) {
        return Filters.and(Filters.eq("organisation", organisation), Filters.eq("tenantId", tenantId));
    }

    private static FileRead toRead(Document document) {
        return new FileRead(document.getString("readBy"), document.getDate("readAt").toInstant(),
                ReadSubject.valueOf(document.getString("what")));
    }
}
