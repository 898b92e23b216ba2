package be.foyer.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventEnvelope;
import be.foyer.events.activities.ActivityHeld;
import be.foyer.events.activities.CouncilMeetingHeld;
import be.foyer.events.activities.ParticipationRecorded;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.reporting.ReportMonth;
import be.foyer.platform.security.Organisations;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Projected;
import be.foyer.reporting.monthly.Breakdowns;
import be.foyer.reporting.monthly.CountedItems;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.projection.rebuild.HistoryGenerator;
import be.foyer.reporting.projection.rebuild.Publisher;

/**
 * The summaries the reports read give, for every organisation, month and indicator, the very sets the reports
 * counted before when they queried the fact collections, here recomputed by those queries' rules from the facts:
 * the follow-ups' collection (kept: corrections read it) and, for the facts that have no collection any more
 * (participations, activities held, tenancies, council meetings), the facts the generated history's events give.
 * The history (corrections of follow-ups, some into another month, withdrawals, erasures, consent withdrawals,
 * tenancies ended and council meetings) is told of organisations of its own, so no other test's events mix in.
 */
@FoyerServiceTest
class SummariesMatchFactsTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    CountedItems counted;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void every_indicator_of_every_organisation_and_month_equals_what_the_facts_give() throws Exception {
        List<EventEnvelope<?>> history = new HistoryGenerator(11).generate(2).stream()
                .map(SummariesMatchFactsTest::ofOwnOrganisations).toList();
        List<String> organisations = Organisations.ALL.stream().map(SummariesMatchFactsTest::own).toList();
        try (Publisher publisher = new Publisher(kafka, 5)) {
            publisher.sendAll(history);
        }
        Projected.awaitProcessed(database, history.stream().map(event -> event.eventId().toString()).toList());

        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = HistoryGenerator.FIRST_MONTH; !month.isAfter(HistoryGenerator.LAST_MONTH);
                month = month.plusMonths(1)) {
            months.add(month);
        }
        CountedItems.Counted read = counted.read(organisations, months);
        Facts facts = new Facts(database, history);
        int compared = 0;
        for (String organisation : organisations) {
            for (YearMonth month : months) {
                for (Indicator indicator : Indicator.values()) {
                    assertThat(read.of(indicator, organisation, month))
                            .as("%s of %s in %s", indicator.key(), organisation, month)
                            .isEqualTo(facts.of(indicator, organisation, month));
                    compared += facts.of(indicator, organisation, month).size();
                }
                assertThat(read.breakdowns(organisation, month)).as("breakdowns of %s in %s", organisation, month)
                        .isEqualTo(facts.breakdowns(organisation, month));
            }
        }
        for (YearMonth month : months) {
            // meetings are federation-wide (other tests hold some in these months too)
            assertThat(read.councilMeetingsHeld(month)).containsAll(facts.meetingsHeld(month));
        }
        assertThat(compared).as("the history gives figures to compare").isGreaterThan(1000);
        assertThat(Projected.live(database, "follow_up_facts").countDocuments()).isPositive();
    }

    private static String own(String organisation) {
        return "summaries-test-" + organisation;
    }

    private static EventEnvelope<?> ofOwnOrganisations(EventEnvelope<?> event) {
        DomainEvent payload = event.payload();
        if (payload instanceof CouncilMeetingHeld meeting) {
            payload = new CouncilMeetingHeld(meeting.meetingId(), meeting.heldOn(),
                    meeting.attendingOrganisations().stream().map(SummariesMatchFactsTest::own).toList(),
                    meeting.tenantsPresent());
        }
        return new EventEnvelope<>(event.eventId(), event.type(), event.version(), event.occurredAt(),
                own(event.organisation()), event.aggregateId(), payload);
    }

    /** The former report queries, run in memory over every document of the fact collections. */
    private static final class Facts {

        private final List<Document> followUps;
        private final List<Document> participations;
        private final List<Document> activities;
        private final List<Document> tenancies;
        private final List<Document> meetings;

        Facts(MongoDatabase database, List<EventEnvelope<?>> history) {
            followUps = all(database, "follow_up_facts");
            Map<String, Document> participated = new HashMap<>();
            Map<String, Document> held = new HashMap<>();
            Map<String, Document> tenancy = new HashMap<>();
            Map<String, Document> met = new HashMap<>();
            for (EventEnvelope<?> event : history) {
                String organisation = event.organisation();
                if (event.payload() instanceof ParticipationRecorded participation) {
                    participated.put(participation.occurrenceId() + "/" + participation.tenantId(),
                            new Document("organisation", organisation).append("tenantId", participation.tenantId())
                                    .append("activityId", participation.activityId())
                                    .append("category", participation.category())
                                    .append("placeId", participation.placeId())
                                    .append("month", ReportMonth.of(participation.date())));
                } else if (event.payload() instanceof ActivityHeld activity) {
                    String id = activity.activityId() + "/" + activity.occurrenceId();
                    held.put(id, new Document("_id", id).append("organisation", organisation)
                            .append("activityId", activity.activityId()).append("recurring", activity.recurring())
                            .append("category", activity.category()).append("placeId", activity.placeId())
                            .append("month", ReportMonth.of(activity.heldOn())));
                } else if (event.payload() instanceof TenancyStarted started) {
                    tenancy.computeIfAbsent(started.tenancyId(), id -> new Document("_id", id))
                            .append("organisation", organisation).append("tenantId", started.tenantId())
                            .append("moveInDate", started.moveInDate().toString())
                            .append("moveInMonth", ReportMonth.of(started.moveInDate()));
                } else if (event.payload() instanceof TenancyEnded ended) {
                    tenancy.computeIfAbsent(ended.tenancyId(), id -> new Document("_id", id))
                            .append("organisation", organisation).append("tenantId", ended.tenantId())
                            .append("moveInDate", ended.moveInDate().toString())
                            .append("moveInMonth", ReportMonth.of(ended.moveInDate()))
                            .append("endDate", ended.endDate().toString())
                            .append("endMonth", ReportMonth.of(ended.endDate())).append("reason", ended.reason());
                } else if (event.payload() instanceof CouncilMeetingHeld meeting) {
                    met.put(meeting.meetingId(), new Document("_id", meeting.meetingId())
                            .append("month", ReportMonth.of(meeting.heldOn()))
                            .append("attendingOrganisations", meeting.attendingOrganisations()));
                }
            }
            participations = new ArrayList<>(participated.values());
            activities = new ArrayList<>(held.values());
            tenancies = new ArrayList<>(tenancy.values());
            meetings = new ArrayList<>(met.values());
        }

        private static List<Document> all(MongoDatabase database, String name) {
            return Projected.live(database, name).find().into(new ArrayList<>());
        }

        Set<String> of(Indicator indicator, String organisation, YearMonth month) {
            Predicate<Document> inMonth = fact -> organisation.equals(fact.get("organisation"))
                    && month.toString().equals(fact.get("month"));
            Predicate<Document> notTeamMeeting = fact -> !ActivityFacts.TEAM_MEETING.equals(fact.get("category"));
            String lastDay = month.atEndOfMonth().toString();
            return switch (indicator) {
                case DISTINCT_PARTICIPANTS -> values(participations, inMonth, "tenantId");
                case TENANTS_MET_INDIVIDUALLY -> values(followUps, inMonth, "tenantId");
                case DISTINCT_PLACES -> {
                    Set<String> places = values(followUps, inMonth, "placeId");
                    places.addAll(values(participations, inMonth.and(notTeamMeeting), "placeId"));
                    places.addAll(values(activities, inMonth.and(notTeamMeeting), "placeId"));
                    yield places;
                }
                case RECURRING_ACTIVITIES -> values(activities,
                        inMonth.and(notTeamMeeting).and(fact -> Boolean.TRUE.equals(fact.get("recurring"))),
                        "activityId");
                case ONE_OFF_ACTIVITIES -> values(activities,
                        inMonth.and(notTeamMeeting).and(fact -> Boolean.FALSE.equals(fact.get("recurring"))),
                        "activityId");
                case ACTIVITIES_JOINED -> values(participations, inMonth.and(notTeamMeeting), "activityId");
                case TRANSVERSAL_TEAM_MEETINGS -> values(activities, inMonth.and(notTeamMeeting.negate()), "_id");
                case COUNCIL_MEETINGS -> values(meetings, fact -> month.toString().equals(fact.get("month"))
                        && fact.getList("attendingOrganisations", String.class).contains(organisation), "_id");
                case TENANTS_HOUSED -> values(tenancies, fact -> organisation.equals(fact.get("organisation"))
                        && fact.getString("moveInDate") != null && fact.getString("moveInDate").compareTo(lastDay) <= 0
                        && (fact.getString("endDate") == null || fact.getString("endDate").compareTo(lastDay) > 0),
                        "tenantId");
                case MOVE_INS -> values(tenancies, fact -> organisation.equals(fact.get("organisation"))
                        && month.toString().equals(fact.get("moveInMonth")), "_id");
            };
        }

        Set<String> meetingsHeld(YearMonth month) {
            return values(meetings, fact -> month.toString().equals(fact.get("month")), "_id");
        }

        Breakdowns breakdowns(String organisation, YearMonth month) {
            Map<String, Long> byMode = new TreeMap<>();
            Map<String, Long> byDomain = new TreeMap<>();
            Map<String, Long> ends = new TreeMap<>();
            followUps.stream().filter(fact -> organisation.equals(fact.get("organisation"))
                    && month.toString().equals(fact.get("month"))).forEach(fact -> {
                        byMode.merge(String.valueOf(fact.getString("mode")), 1L, Long::sum);
                        fact.getList("domains", String.class, List.of())
                                .forEach(domain -> byDomain.merge(domain, 1L, Long::sum));
                    });
            tenancies.stream().filter(fact -> organisation.equals(fact.get("organisation"))
                    && month.toString().equals(fact.get("endMonth")))
                    .forEach(fact -> ends.merge(String.valueOf(fact.getString("reason")), 1L, Long::sum));
            return new Breakdowns(byMode, byDomain, ends);
        }

        private static Set<String> values(List<Document> facts, Predicate<Document> which, String field) {
            Function<Document, Object> value = fact -> fact.get(field);
            Set<String> values = new HashSet<>();
            facts.stream().filter(which).map(value).filter(v -> v != null).forEach(v -> values.add(v.toString()));
            return values;
        }
    }
}
