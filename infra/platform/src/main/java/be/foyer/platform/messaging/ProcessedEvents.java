package be.foyer.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.kafka.support.KafkaUtils;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;

import be.foyer.events.EventEnvelope;

/**
 * The event ids a service has processed, per consumer group (the group of the listener calling, which Spring Kafka
 * exposes on the listener's thread): two listeners of one service on the same topic, each with its group, both see
 * every event. A batch at a time, so that a consumer reading batches pays one round trip per batch, not per event.
 * Documents: {@code _id} = group + "/" + eventId, {@code eventId}, {@code type}, {@code processedAt}.
 */
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoCollection<Document> processed;
    private final Clock clock;

    public ProcessedEvents(MongoDatabase database, Clock clock) {
        this.processed = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** Which of {@code eventIds} the calling listener's group has already processed. */
    public Set<String> alreadyProcessed(Collection<String> eventIds) {
        String prefix = consumerGroup() + "/";
        List<String> keys = eventIds.stream().map(eventId -> prefix + eventId).toList();
        Set<String> done = new HashSet<>();
        for (Document document : processed.find(Filters.in("_id", keys)).projection(Projections.include("_id"))) {
            done.add(document.getString("_id").substring(prefix.length()));
        }
        return done;
    }

    /** Remembers {@code events} for the calling listener's group; ids remembered already are no error. */
    public void remember(Collection<? extends EventEnvelope<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        String prefix = consumerGroup() + "/";
        Date now = Date.from(clock.instant());
        List<Document> documents = new ArrayList<>();
        for (EventEnvelope<?> event : events) {
            documents.add(new Document("_id", prefix + event.eventId()).append("eventId", event.eventId().toString())
                    .append("type", event.type()).append("processedAt", now));
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

    /** Forgets everything, for a service that rebuilds its projections from the beginning of the topics. */
    public void clear() {
        processed.deleteMany(new Document());
    }

    private static String consumerGroup() {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? "" : group;
    }
}
