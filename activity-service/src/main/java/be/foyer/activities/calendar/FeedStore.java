package be.foyer.activities.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/** Private calendar feeds, keyed by the SHA-256 of their token: the token itself is never stored. */
@Repository
public class FeedStore {

    static final String COLLECTION = "calendar_feeds";

    private final MongoCollection<Document> feeds;

    public FeedStore(MongoDatabase database) {
        this.feeds = database.getCollection(COLLECTION);
    }

    public void insert(String tokenHash, Feed feed) {
        feeds.insertOne(new Document("_id", tokenHash)
                .append("userId", feed.userId())
                .append("organisation", feed.organisation())
                .append("roles", feed.roles())
                .append("followCouncil", feed.followCouncil())
                .append("createdAt", Date.from(feed.createdAt())));
    }

    public Optional<Feed> find(String tokenHash) {
        return Optional.ofNullable(feeds.find(Filters.eq("_id", tokenHash)).first()).map(FeedStore::toFeed);
    }

    /** The user's live feeds, the latest first. */
    public List<Feed> ofUser(String userId) {
        return feeds.find(Filters.eq("userId", userId)).sort(Sorts.descending("createdAt")).map(FeedStore::toFeed)
                .into(new ArrayList<>());
    }

    /** @return how many feeds of the user were revoked */
    public long revokeAll(String userId) {
        return feeds.deleteMany(Filters.eq("userId", userId)).getDeletedCount();
    }

    private static Feed toFeed(Document document) {
        return new Feed(document.getString("userId"), document.getString("organisation"),
                document.getList("roles", String.class, List.of()), document.getBoolean("followCouncil", false),
                document.getDate("createdAt").toInstant());
    }

    /** Who asked for the feed, for which organisation and with which roles, and whether it holds the council. */
    public record Feed(String userId, String organisation, List<String> roles, boolean followCouncil,
            Instant createdAt) {
    }
}
