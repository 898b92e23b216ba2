package be.foyer.reporting.projection;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.activities.CouncilDecisionRecorded;

/**
 * One document per council decision ({@code _id} = decisionId): its meeting, the organisation that carries it and
 * its latest status (each follow-up publishes the decision again). The decision's text never travels on the bus.
 */
@Repository
public class CouncilDecisionFacts extends FactCollection {

    static final String COLLECTION = "council_decision_facts";

    public CouncilDecisionFacts(MongoDatabase database) {
        super(database, COLLECTION);
    }

    public void recorded(FactBatch batch, CouncilDecisionRecorded decision) {
        upsert(batch, decision.decisionId(), new Document("meetingId", decision.meetingId())
                .append("ownerOrganisation", decision.ownerOrganisation())
                .append("status", decision.status()));
    }

    /**
     * The decisions of the given meetings by status, those carried by one of {@code owners} only. Dated by their
     * meeting at read time, so a decision counts whichever of it and its meeting arrived first.
     */
    public Map<String, Long> countByStatus(Collection<String> meetingIds, Collection<String> owners) {
        Map<String, Long> counts = new TreeMap<>();
        facts().find(Filters.and(Filters.in("meetingId", meetingIds), Filters.in("ownerOrganisation", owners)))
                .forEach(decision -> counts.merge(text(decision.get("status")), 1L, Long::sum));
        return counts;
    }
}
