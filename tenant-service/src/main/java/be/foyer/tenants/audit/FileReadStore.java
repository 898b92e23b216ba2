package be.foyer.tenants.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import be.foyer.platform.domain.Author;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.platform.mongo.AuthorDocuments;

/**
 * The read audit in MongoDB ({@code file_reads}), and beside it each worker's last distinct files
 * ({@code recent_files}, one small document per worker, {@code _id} = {@code organisation|author id}).
 */
@Repository
class FileReadStore {

    static final String COLLECTION = "file_reads";
    static final String RECENT = "recent_files";
    /** How many distinct files each worker's list of recent files keeps. */
    static final int RECENT_KEPT = 10;

    private final MongoCollection<Document> reads;
    private final MongoCollection<Document> recent;

    FileReadStore(MongoDatabase database) {
        this.reads = database.getCollection(COLLECTION);
        this.recent = database.getCollection(RECENT);
        reads.createIndex(Indexes.ascending("organisation", "tenantId", "readAt"));
    }

    void add(String organisation, String tenantId, Author readBy, ReadSubject what, Instant at) {
        Date now = Date.from(at);
        // an ObjectId grows with every insert of this process: it orders reads made within the same millisecond
        reads.insertOne(new Document("_id", new ObjectId())
                .append("organisation", organisation)
                .append("tenantId", tenantId)
                .append("readBy", AuthorDocuments.write(readBy))
                .append("readAt", now)
                .append("what", what.name()));
        // the worker's recent files, latest first, one small document read by its id: no search through the audit
        Bson mine = Filters.eq("_id", recentKey(organisation, readBy.id()));
        recent.updateOne(mine, Updates.pull("files", new Document("tenantId", tenantId)));
        recent.updateOne(mine, Updates.pushEach("files", List.of(new Document("tenantId", tenantId)
                .append("openedAt", now)), new PushOptions().position(0).slice(RECENT_KEPT)),
                new UpdateOptions().upsert(true));
    }

    List<RecentFile> recentFiles(String organisation, String readerId) {
        Document mine = recent.find(Filters.eq("_id", recentKey(organisation, readerId))).first();
        return mine == null ? List.of() : mine.getList("files", Document.class, List.of()).stream()
                .map(file -> new RecentFile(file.getString("tenantId"), file.getDate("openedAt").toInstant()))
                .toList();
    }

    PageResult<FileRead> latestFirst(String organisation, String tenantId, PageQuery page) {
        Bson filter = filter(organisation, tenantId);
        List<FileRead> items = reads.find(filter).sort(Sorts.descending("readAt", "_id"))
                .skip(page.offset()).limit(page.size())
                .map(FileReadStore::toRead).into(new ArrayList<>());
        return PageResult.of(items, page, reads.countDocuments(filter));
    }

    List<FileRead> oldestFirst(String organisation, String tenantId) {
        return reads.find(filter(organisation, tenantId)).sort(Sorts.ascending("readAt", "_id"))
                .map(FileReadStore::toRead).into(new ArrayList<>());
    }

    private static String recentKey(String organisation, String readerId) {
        return organisation + "|" + readerId;
    }

    private static Bson filter(String organisation, String tenantId) {
        return Filters.and(Filters.eq("organisation", organisation), Filters.eq("tenantId", tenantId));
    }

    private static FileRead toRead(Document document) {
        return new FileRead(AuthorDocuments.read(document.get("readBy")), document.getDate("readAt").toInstant(),
                ReadSubject.valueOf(document.getString("what")));
    }
}
