package be.foyer.housing.search;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * Which search is open for each tenant of an organisation: one document keyed by organisation and tenant, claimed
 * before the search is written, so that two concurrent openings cannot both succeed (the second insert meets the
 * first's key). A claim whose search is closed, or was never written (a crash between the two writes; after a grace
 * period, since the search follows its claim), is taken over by compare-and-set on the search id it names.
 */
@Repository
public class OpenSearches {

    static final String COLLECTION = "open_searches";

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final MongoCollection<Document> entries;
    private final Clock clock;

    public OpenSearches(MongoDatabase database, Clock clock) {
        this.entries = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /**
     * Claims the tenant for {@code searchId}; returns the search id that holds the claim instead, when
     * {@code status} says that search is open, or it is not written yet and was claimed within the grace period.
     */
    public Optional<String> claim(String organisation, String tenantId, String searchId,
            Function<String, Optional<SearchStatus>> status) {
        String key = key(organisation, tenantId);
        while (true) {
            Document current = entries.find(Filters.eq("_id", key)).first();
            if (current == null) {
                if (insert(key, searchId)) {
                    return Optional.empty();
                }
                continue;
            }
            String holder = current.getString("searchId");
            Optional<SearchStatus> held = status.apply(holder);
            boolean beingWritten = held.isEmpty()
                    && current.getDate("claimedAt").toInstant().plus(GRACE).isAfter(clock.instant());
            if (held.equals(Optional.of(SearchStatus.OPEN)) || beingWritten) {
                return Optional.of(holder);
            }
            if (entries.replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("searchId", holder)),
                    entry(key, searchId)).getModifiedCount() == 1) {
                return Optional.empty();
            }
        }
    }

    /** Gives the claim up, if {@code searchId} still holds it. */
    public void release(String organisation, String tenantId, String searchId) {
        entries.deleteOne(Filters.and(Filters.eq("_id", key(organisation, tenantId)),
                Filters.eq("searchId", searchId)));
    }

    private boolean insert(String key, String searchId) {
        try {
            entries.insertOne(entry(key, searchId));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private Document entry(String key, String searchId) {
        return new Document("_id", key).append("searchId", searchId).append("claimedAt", Date.from(clock.instant()));
    }

    private static String key(String organisation, String tenantId) {
        return organisation + "/" + tenantId;
    }
}
