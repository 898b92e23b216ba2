package be.foyer.activities.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * Private calendar feeds, keyed by the SHA-256 of their token: the token itself is never stored. Each feed also has
 * a random {@code linkId}, the name its owner lists and revokes it by (the hash never leaves the service).
 */
@Repository
public class FeedStore {

    static final String COLLECTION = "calendar_feeds";

    private final MongoCollection<Document> feeds;

    public FeedStore(MongoDatabase database) {
        this.feeds = database.getCollection(COLLECTION);
        // every authenticated request looks up its caller's feeds (FeedOwnerCheck)
        feeds.createIndex(Indexes.ascending("userId", "createdAt"), new IndexOptions().name("feeds_of_user"));
    }

    public void insert(String tokenHash, Feed feed) {
        feeds.insertOne(new Document("_id", tokenHash)
                .append("linkId", feed.linkId())
                .append("userId", feed.userId())
                .append("organisation", feed.organisation())
                .append("roles", feed.roles())
                .append("label", feed.label())
                .append("followCouncil", feed.followCouncil())
                .append("createdAt", Date.from(feed.createdAt()))
                .append("expiresAt", Date.from(feed.expiresAt()))
                .append("ownerSeenAt", Date.from(feed.ownerSeenAt())));
    }

    public Optional<Feed> find(String tokenHash) {
        return Optional.ofNullable(feeds.find(Filters.eq("_id", tokenHash)).first()).map(this::toFeed);
    }

    /** The user's feeds (whatever their state), the latest first. */
    public List<Feed> ofUser(String userId) {
        return feeds.find(Filters.eq("userId", userId)).sort(Sorts.descending("createdAt")).map(this::toFeed)
                .into(new ArrayList<>());
    }

    /** The user's feeds not suspended: those whose owner's standing is still to be checked. */
    public List<Feed> unsuspendedOfUser(String userId) {
        return feeds.find(Filters.and(Filters.eq("userId", userId), Filters.eq("suspendedAt", null)))
                .map(this::toFeed).into(new ArrayList<>());
    }

    public void markUsed(String tokenHash, Instant at) {
        feeds.updateOne(Filters.eq("_id", tokenHash), Updates.set("lastUsedAt", Date.from(at)));
    }

    public void markOwnerSeen(String userId, List<String> linkIds, Instant at) {
        feeds.updateMany(ofUserLinks(userId, linkIds), Updates.set("ownerSeenAt", Date.from(at)));
    }

    public void suspend(String userId, List<String> linkIds, Instant at) {
        feeds.updateMany(Filters.and(ofUserLinks(userId, linkIds), Filters.eq("suspendedAt", null)),
                Updates.set("suspendedAt", Date.from(at)));
    }

    /** @return whether the user had that feed */
    public boolean revoke(String userId, String linkId) {
        return feeds.deleteOne(Filters.and(Filters.eq("userId", userId), Filters.eq("linkId", linkId)))
                .getDeletedCount() == 1;
    }

    /** @return how many feeds of the user were revoked */
    public long revokeAll(String userId) {
        return feeds.deleteMany(Filters.eq("userId", userId)).getDeletedCount();
    }

    private static Bson ofUserLinks(String userId, List<String> linkIds) {
        return Filters.and(Filters.eq("userId", userId), Filters.in("linkId", linkIds));
    }

    /**
     * Feeds made before links could be listed have no link id, expiry or owner sighting: they get a link id here
     * (once), and count as created, last seen and expiring from their creation.
     */
    private Feed toFeed(Document document) {
        String linkId = document.getString("linkId");
        if (linkId == null) {
            linkId = UUID.randomUUID().toString();
            feeds.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), Filters.exists("linkId", false)),
                    Updates.set("linkId", linkId));
            linkId = feeds.find(Filters.eq("_id", document.get("_id"))).first().getString("linkId");
        }
        Instant createdAt = document.getDate("createdAt").toInstant();
        return new Feed(linkId, document.getString("userId"), document.getString("organisation"),
                document.getList("roles", String.class, List.of()), document.getString("label"),
                document.getBoolean("followCouncil", false), createdAt,
                instant(document, "expiresAt", null), instant(document, "lastUsedAt", null),
                instant(document, "ownerSeenAt", createdAt), instant(document, "suspendedAt", null));
    }

    private static Instant instant(Document document, String field, Instant otherwise) {
        Date date = document.getDate(field);
        return date == null ? otherwise : date.toInstant();
    }
}
