package be.foyer.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
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

import be.foyer.events.EventEnvelope;
import be.foyer.platform.security.Organisations;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Projected;
import be.foyer.reporting.monthly.Breakdowns;
import be.foyer.reporting.monthly.CountedItems;
import be.foyer.reporting.monthly.Indicator;
import be.foyer.reporting.projection.rebuild.HistoryGenerator;
import be.foyer.reporting.projection.rebuild.Publisher;

/**
 * The summaries the reports read give, for every organisation, month and indicator, the very sets the reports
 * counted before when they queried the fact collections, here recomputed from every fact by those queries' rules:
 * on a generated history with corrections of follow-ups (some into another month), withdrawals, erasures, consent
 * withdrawals, tenancies ended and council meetings.
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
        List<EventEnvelope<?>> history = new HistoryGenerator(11).generate(2);
        try (Publisher publisher = new Publisher(kafka, 5)) {
            publisher.sendAll(history);
        }
        Projected.awaitProcessed(database, history.stream().map(event -> event.eventId().toString()).toList());

        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = HistoryGenerator.FIRST_MONTH; !month.isAfter(HistoryGenerator.LAST_MONTH);
                month = month.plusMonths(1)) {
            months.add(month);
        }
        CountedItems.Counted read = counted.read(Organisations.ALL, months);
        Facts facts = new Facts(database);
        int compared = 0;
        for (String organisation : Organisations.ALL) {
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
            assertThat(read.councilMeetingsHeld(month)).isEqualTo(facts.meetingsHeld(month));
        }
        assertThat(compared).as("the history gives figures to compare").isGreaterThan(1000);
        assertThat(Projected.live(database, "follow_up_facts").countDocuments()).isPositive();
    }

    /** The former report queries, run in memory over every document of the fact collections. */
    private static final class Facts {

        private final List<Document> followUps;
        private final List<Document> participations;
        private final List<Document> activities;
        private final List<Document> tenancies;
        private final List<Document> meetings;

        Facts(MongoDatabase database) {
            followUps = all(database, "follow_up_facts");
            participations = all(database, "participation_facts");
            activities = all(database, "activity_facts");
            tenancies = all(database, "tenancy_facts");
            meetings = all(database, "council_meeting_facts");
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
