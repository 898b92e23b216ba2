package be.foyer.activities.calendar;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

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
                .append("createdAt", Date.from(feed.createdAt())));
    }

    public Optional<Feed> find(String tokenHash) {
        return Optional.ofNullable(feeds.find(Filters.eq("_id", tokenHash)).first())
                .map(document -> new Feed(document.getString("userId"), document.getString("organisation"),
                        document.getList("roles", String.class, List.of()), document.getDate("createdAt").toInstant()));
    }

    /** @return how many feeds of the user were revoked */
    public long revokeAll(String userId) {
        return feeds.deleteMany(Filters.eq("userId", userId)).getDeletedCount();
    }

    /** Who asked for the feed, for which organisation and with which roles. */
    public record Feed(String userId, String organisation, List<String> roles, Instant createdAt) {
    }
}
