package be.foyer.reporting.projection.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;

/**
 * The eventIds already projected, a batch at a time: the same collection and documents as the platform's
 * {@code InboundEvents} ({@code _id} = eventId, {@code type}, {@code processedAt}), which does this one record at a
 * time with two round trips per event. As there, an id is remembered after its facts are written, so a crash in
 * between delivers the event again and the natural upserts absorb it.
 */
@Repository
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoCollection<Document> processed;
    private final Clock clock;

    public ProcessedEvents(MongoDatabase database, Clock clock) {
        this.processed = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    public Set<String> alreadyProcessed(Collection<String> eventIds) {
        Set<String> done = new HashSet<>();
        for (Document document : processed.find(Filters.in("_id", eventIds)).projection(Projections.include("_id"))) {
            done.add(document.getString("_id"));
        }
        return done;
    }

    public void remember(Collection<EventEnvelope<DomainEvent>> events) {
        if (events.isEmpty()) {
            return;
        }
        Date now = Date.from(clock.instant());
        List<Document> documents = new ArrayList<>();
        for (EventEnvelope<DomainEvent> event : events) {
            documents.add(new Document("_id", event.eventId().toString()).append("type", event.type())
                    .append("processedAt", now));
        }
        try {
            processed.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
        }
    }

    public void clear() {
        processed.deleteMany(new Document());
    }
}
