package be.foyer.activities.council;

import be.foyer.platform.outbox.OutboxCollection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import be.foyer.platform.mongo.AuthorDocuments;
import be.foyer.events.EventEnvelope;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Council meetings, one document each with their agenda, minutes and decisions and their pending events. */
@Repository
@OutboxCollection(CouncilStore.COLLECTION)
public class CouncilStore {

    static final String COLLECTION = "council_meetings";

    private final MongoCollection<Document> meetings;

    public CouncilStore(MongoDatabase database) {
        this.meetings = database.getCollection(COLLECTION);
    }

    /** Meetings planned together, each with its own pending event (one document each, no transaction needed). */
    public void insert(List<CouncilMeeting> planned, Function<CouncilMeeting, EventEnvelope<?>> event) {
        meetings.insertMany(planned.stream()
                .map(meeting -> toDocument(meeting).append(Outbox.FIELD, Outbox.entries(event.apply(meeting))))
                .toList());
    }

    /** Writes the change and its events unless another write came since it was read; false then. */
    public boolean save(CouncilMeeting changed, List<EventEnvelope<?>> events) {
        List<Bson> changes = new ArrayList<>();
        toDocument(changed).forEach((field, value) -> {
            if (!"_id".equals(field) && !"version".equals(field)) {
                changes.add(Updates.set(field, value));
            }
        });
        changes.add(Updates.inc("version", 1L));
        if (!events.isEmpty()) {
            changes.add(Outbox.append(events.toArray(EventEnvelope<?>[]::new)));
        }
        return meetings.updateOne(Filters.and(Filters.eq("_id", changed.id()), Filters.eq("version", changed.version())),
                Updates.combine(changes)).getModifiedCount() == 1;
    }

    public Optional<CouncilMeeting> find(String id) {
        return Optional.ofNullable(meetings.find(Filters.eq("_id", id)).first()).map(CouncilStore::toMeeting);
    }

    public Optional<CouncilMeeting> holdingDecision(String decisionId) {
        return Optional.ofNullable(meetings.find(Filters.eq("decisions.id", decisionId)).first())
                .map(CouncilStore::toMeeting);
    }

    /**
     * The meetings starting in [{@code from}, {@code until}) (Brussels local times, either optional): by start from
     * {@code from} when it is given, else the latest first.
     */
    public PageResult<CouncilMeeting> list(LocalDateTime from, LocalDateTime until, PageQuery page) {
        Bson filter = startingBetween(from, until);
        List<CouncilMeeting> items = meetings.find(filter)
                .sort(from != null ? Sorts.ascending("start", "_id") : Sorts.descending("start", "_id"))
                .skip(page.offset()).limit(page.size()).map(CouncilStore::toMeeting).into(new ArrayList<>());
        return PageResult.of(items, page, meetings.countDocuments(filter));
    }

    /** Every meeting starting in [{@code from}, {@code until}) (either optional), by start. */
    public List<CouncilMeeting> between(LocalDateTime from, LocalDateTime until) {
        return meetings.find(startingBetween(from, until)).sort(Sorts.ascending("start", "_id"))
                .map(CouncilStore::toMeeting).into(new ArrayList<>());
    }

    /** The meetings with an agenda item proposed on behalf of the tenant. */
    public List<CouncilMeeting> withTenant(String tenantId) {
        return meetings.find(Filters.eq("agenda.tenantId", tenantId)).map(CouncilStore::toMeeting)
                .into(new ArrayList<>());
    }

    /** Local starts are stored as ISO text of one shape, so that text order is time order. */
    private static Bson startingBetween(LocalDateTime from, LocalDateTime until) {
        List<Bson> filters = new ArrayList<>();
        if (from != null) {
            filters.add(Filters.gte("start", from.toString()));
        }
        if (until != null) {
            filters.add(Filters.lt("start", until.toString()));
        }
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }

    /** The meetings that took decisions, latest first. */
    public List<CouncilMeeting> withDecisions() {
        return meetings.find().sort(Sorts.descending("start", "_id")).map(CouncilStore::toMeeting)
                .into(new ArrayList<>()).stream().filter(meeting -> !meeting.decisions().isEmpty()).toList();
    }

    private static Document toDocument(CouncilMeeting meeting) {
        return new Document("_id", meeting.id())
                .append("seriesId", meeting.seriesId())
                .append("start", meeting.start().toString())
                .append("end", meeting.end().toString())
                .append("placeName", meeting.placeName())
                .append("placeAddress", meeting.placeAddress())
                .append("facilitator", AuthorDocuments.write(meeting.facilitator()))
                .append("organisation", meeting.organisation())
                .append("status", meeting.status().name())
                .append("agenda", meeting.agenda().stream().map(item -> new Document("id", item.id())
                        .append("title", item.title())
                        .append("proposingOrganisation", item.proposingOrganisation())
                        .append("position", item.position())
                        .append("outcome", item.outcome())
                        .append("proposedBy", AuthorDocuments.write(item.proposedBy()))
                        .append("tenantId", item.tenantId())
                        .append("tenantFirstName", item.tenantFirstName())).toList())
                .append("minutes", meeting.minutes())
                .append("attendance", meeting.attendance().stream().map(present -> new Document("organisation",
                        present.organisation()).append("tenantsPresent", present.tenantsPresent())).toList())
                .append("decisions", meeting.decisions().stream().map(decision -> new Document("id", decision.id())
                        .append("text", decision.text())
                        .append("agendaItemId", decision.agendaItemId())
                        .append("votesFor", decision.votesFor())
                        .append("votesAgainst", decision.votesAgainst())
                        .append("abstentions", decision.abstentions())
                        .append("ownerOrganisation", decision.ownerOrganisation())
                        .append("dueDate", decision.dueDate() == null ? null : decision.dueDate().toString())
                        .append("status", decision.status().name())
                        .append("recordedAt", Date.from(decision.recordedAt()))
                        .append("links", decision.links().stream().map(link -> new Document("id", link.id())
                                .append("kind", link.kind().name())
                                .append("activityId", link.activityId())
                                .append("siteName", link.siteName())
                                .append("description", link.description())
                                .append("linkedAt", Date.from(link.linkedAt()))
                                .append("linkedBy", AuthorDocuments.write(link.linkedBy()))).toList())).toList())
                .append("scheduledAt", Date.from(meeting.scheduledAt()))
                .append("version", meeting.version());
    }

    private static CouncilMeeting toMeeting(Document document) {
        LocalDateTime start = LocalDateTime.parse(document.getString("start"));
        return new CouncilMeeting(
                document.getString("_id"),
                document.getString("seriesId"),
                start,
                // meetings planned before they had an end last the default two hours
                document.getString("end") == null ? start.plus(MeetingPlan.DEFAULT_LENGTH)
                        : LocalDateTime.parse(document.getString("end")),
                document.getString("placeName"),
                document.getString("placeAddress"),
                AuthorDocuments.read(document.get("facilitator")),
                document.getString("organisation"),
                CouncilStatus.valueOf(document.getString("status")),
                document.getList("agenda", Document.class, List.of()).stream().map(item -> new AgendaItem(
                        item.getString("id"), item.getString("title"), item.getString("proposingOrganisation"),
                        item.getInteger("position", 0), item.getString("outcome"), AuthorDocuments.read(item.get("proposedBy")),
                        item.getString("tenantId"), item.getString("tenantFirstName")))
                        .toList(),
                document.getString("minutes"),
                document.getList("attendance", Document.class, List.of()).stream().map(present ->
                        new OrganisationAttendance(present.getString("organisation"),
                                present.getInteger("tenantsPresent", 0))).toList(),
                document.getList("decisions", Document.class, List.of()).stream().map(decision -> new Decision(
                        decision.getString("id"), decision.getString("text"), decision.getString("agendaItemId"),
                        decision.getInteger("votesFor", 0), decision.getInteger("votesAgainst", 0),
                        decision.getInteger("abstentions", 0), decision.getString("ownerOrganisation"),
                        decision.getString("dueDate") == null ? null : LocalDate.parse(decision.getString("dueDate")),
                        DecisionStatus.valueOf(decision.getString("status")),
                        decision.getDate("recordedAt").toInstant(),
                        decision.getList("links", Document.class, List.of()).stream().map(link -> new DecisionLink(
                                link.getString("id"), DecisionLink.Kind.valueOf(link.getString("kind")),
                                link.getString("activityId"), link.getString("siteName"),
                                link.getString("description"), link.getDate("linkedAt").toInstant(),
                                AuthorDocuments.read(link.get("linkedBy")))).toList())).toList(),
                document.getDate("scheduledAt").toInstant(),
                ((Number) document.get("version")).longValue());
    }
}
