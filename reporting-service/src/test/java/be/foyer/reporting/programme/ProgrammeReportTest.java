package be.foyer.reporting.programme;

import static be.foyer.reporting.Events.accompaniment;
import static be.foyer.reporting.Events.activityHeld;
import static be.foyer.reporting.Events.councilMeeting;
import static be.foyer.reporting.Events.followUp;
import static be.foyer.reporting.Events.participation;
import static be.foyer.reporting.Events.tenantRegistered;
import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.mongodb.client.MongoDatabase;

import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.csv.Rfc4180Reader;
import be.foyer.reporting.Indicator;
import be.foyer.reporting.monthly.MonthlyReportService;
import be.foyer.reporting.monthly.Scope;
import be.foyer.reporting.monthly.Targets;

/**
 * The re-affiliation programme (smes, diogenes, infirmiers-de-rue, new-samusocial) on a hand-made March and April
 * 2022 (no other test uses these months): people once across members by federation key, people without a key
 * counted apart, activities and places once, suppression of people only with nothing beside a hidden value.
 */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeReportTest {

    private static final String URL = "/api/reports/monthly";
    private static final String PROGRAMME = "reaffiliation-hf";
    private static final RequestPostProcessor HUGO = TestTokens.user("hugo", "staff", "a-toi-mon-toit");
    private static final RequestPostProcessor HECTOR = TestTokens.user("hector", "coordinator", "habitat-et-humanisme");

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Autowired
    Targets targets;

    @Autowired
    MonthlyReportService reports;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final String key1 = "fedkey-" + Events.newId();
    private final String smesA = Events.newId();
    private final String diogenesA = Events.newId();
    private final String smesC = Events.newId();
    private final String infirmiersD = Events.newId();
    private final List<String> samusocial = List.of(Events.newId(), Events.newId(), Events.newId());
    private final List<String> keys = List.of("fedkey-" + Events.newId(), "fedkey-" + Events.newId(),
            "fedkey-" + Events.newId());

    @BeforeAll
    void publishTwoMonths() {
        // tenantsMetIndividually: a target of 1 in March 2022 only (20 again from April), so that "met" beside "<5" would give it away
        targets.set(Scope.programme(programmeOf()), YearMonth.of(2022, 3),
                Map.of(Indicator.TENANTS_MET_INDIVIDUALLY, 1), new be.foyer.platform.domain.Author("test", "test"), Instant.now());
        targets.set(Scope.programme(programmeOf()), YearMonth.of(2022, 4),
                Map.of(Indicator.TENANTS_MET_INDIVIDUALLY, 20), new be.foyer.platform.domain.Author("test", "test"), Instant.now());

        String oneOff = Events.newId();
        String weekly = Events.newId();
        Projected.publishAndAwait(kafka, database,
                // the same person (key1) followed by smes and diogenes; C and D have no key
                tenantRegistered("smes", smesA, march(1), key1),
                tenantRegistered("diogenes", diogenesA, march(1), key1),
                tenantRegistered("new-samusocial", samusocial.get(0), march(1), keys.get(0)),
                tenantRegistered("new-samusocial", samusocial.get(1), march(1), keys.get(1)),
                tenantRegistered("new-samusocial", samusocial.get(2), march(1), keys.get(2)),
                participation("smes", smesA, "smes", march(5)),
                participation("diogenes", diogenesA, "smes", march(5)),
                participation("smes", smesC, "smes", march(5)),
                participation("infirmiers-de-rue", infirmiersD, "smes", march(5)),
                participation("new-samusocial", samusocial.get(0), "smes", march(5)),
                participation("new-samusocial", samusocial.get(1), "smes", march(5)),
                participation("new-samusocial", samusocial.get(2), "smes", march(5)),
                participation("habitat-et-humanisme", Events.newId(), "smes", march(5)),
                // one person met individually, by two members; the same place by both
                accompaniment("smes", smesA, march(7), "place-museum", "CULTURE"),
                accompaniment("diogenes", diogenesA, march(8), "place-museum", "CULTURE"),
                followUp("infirmiers-de-rue", Events.newId(), LocalDate.of(2022, 2, 20)),
                activityHeld("smes", oneOff, false, march(5)),
                activityHeld("diogenes", weekly, true, march(9)),
                activityHeld("diogenes", weekly, true, march(16)),
                activityHeld("habitat-et-humanisme", Events.newId(), false, march(9)),
                councilMeeting(march(20), "smes", "diogenes"),
                // April: two people who already took part in March
                participation("smes", smesA, "diogenes", LocalDate.of(2022, 4, 2)),
                participation("new-samusocial", samusocial.get(0), "diogenes", LocalDate.of(2022, 4, 2)));
    }

    private be.foyer.reporting.programme.Programme programmeOf() {
        return new be.foyer.reporting.programme.Programme(PROGRAMME, Map.of(),
                List.of("smes", "diogenes", "infirmiers-de-rue", "new-samusocial"), "smes", Map.of());
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2022, 3, day);
    }

    @Test
    void people_count_once_by_federation_key_and_those_without_a_key_are_counted_apart() throws Exception {
        String body = http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME).with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2022-03"))
                .andExpect(jsonPath("$.programme").value(PROGRAMME))
                .andExpect(jsonPath("$.organisations", containsInAnyOrder("smes", "diogenes", "infirmiers-de-rue",
                        "new-samusocial")))
                // 7 tenant ids of members, A of smes and of diogenes being one person (key1): 6 people
                .andExpect(jsonPath("$.indicators.distinctParticipants.value").value(6))
                .andExpect(jsonPath("$.indicators.distinctParticipants.target").value(40))
                .andExpect(jsonPath("$.indicators.distinctParticipants.met").value(false))
                .andExpect(jsonPath("$.countedWithoutKey.distinctParticipants").value("<5"))
                .andExpect(jsonPath("$.countedWithoutKey.tenantsHoused").value(0))
                // the museum counts once; activities and meetings are never suppressed, however few
                .andExpect(jsonPath("$.indicators.distinctPlaces.value").value(1))
                .andExpect(jsonPath("$.indicators.oneOffActivities.value").value(1))
                .andExpect(jsonPath("$.indicators.oneOffActivities.met").value(false))
                .andExpect(jsonPath("$.indicators.recurringActivities.value").value(1))
                .andExpect(jsonPath("$.indicators.recurringActivities.met").value(true))
                .andExpect(jsonPath("$.indicators.councilMeetings.value").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(smesA, diogenesA, smesC, infirmiersD, key1);
        assertThat(reports.report(Scope.programme(programmeOf()), YearMonth.of(2022, 3))
                .countedWithoutKey()).containsEntry(Indicator.DISTINCT_PARTICIPANTS, 2L);
    }

    @Test
    void a_suppressed_value_has_no_met_beside_it() throws Exception {
        http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME).with(gina()))
                .andExpect(status().isOk())
                // one person met individually, against a target of 1: "met: true" would say it is at least 1
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value("<5"))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.target").value(1))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.met").isEmpty());
        assertThat(reports.report(Scope.programme(programmeOf()), YearMonth.of(2022, 3))
                .indicators().get(Indicator.TENANTS_MET_INDIVIDUALLY).met()).isTrue();
    }

    @Test
    void a_range_counts_people_once_over_its_months_not_the_sum_of_the_months() throws Exception {
        http.perform(get(URL).param("from", "2022-03").param("to", "2022-04").param("programme", PROGRAMME)
                        .with(farid()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2022-03"))
                .andExpect(jsonPath("$.to").value("2022-04"))
                .andExpect(jsonPath("$.month").doesNotExist())
                // March 6 + April 2, but April's two took part in March: 6, not 8
                .andExpect(jsonPath("$.indicators.distinctParticipants.value").value(6))
                .andExpect(jsonPath("$.indicators.distinctParticipants.target").doesNotExist())
                .andExpect(jsonPath("$.indicators.recurringActivities.value").value(1));
        http.perform(get(URL).param("month", "2022-04").param("programme", PROGRAMME).with(farid()))
                .andExpect(jsonPath("$.indicators.distinctParticipants.value").value("<5"));
        // one organisation: smes's A and C in March, A again in April: 2 over the range, 3 by summing months
        http.perform(get(URL).param("from", "2022-03").param("to", "2022-04").with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("smes"))
                .andExpect(jsonPath("$.indicators.distinctParticipants.value").value(2));
        long sumOfMonths = reports.report("smes", YearMonth.of(2022, 3)).value(Indicator.DISTINCT_PARTICIPANTS)
                + reports.report("smes", YearMonth.of(2022, 4)).value(Indicator.DISTINCT_PARTICIPANTS);
        assertThat(sumOfMonths).isEqualTo(3);
    }

    @Test
    void trends_give_twelve_months_each_against_the_target_applying_then() throws Exception {
        http.perform(get("/api/reports/trends").param("programme", PROGRAMME).param("to", "2022-04").with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value(PROGRAMME))
                .andExpect(jsonPath("$.kind").value("programme"))
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.months[0]").value("2021-05"))
                .andExpect(jsonPath("$.months[11]").value("2022-04"))
                .andExpect(jsonPath("$.indicators.distinctParticipants[10].month").value("2022-03"))
                .andExpect(jsonPath("$.indicators.distinctParticipants[10].value").value(6))
                .andExpect(jsonPath("$.indicators.distinctParticipants[11].value").value("<5"))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually[9].target").value(20))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually[10].target").value(1))
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually[10].met").isEmpty())
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually[11].target").value(20));
        http.perform(get("/api/reports/trends").param("to", "2022-04").with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("organisation"))
                .andExpect(jsonPath("$.scope").value("smes"))
                .andExpect(jsonPath("$.indicators.distinctParticipants[10].value").value(2));
        http.perform(get("/api/reports/trends").param("to", "2022-03").with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("federation"));
        String csv = http.perform(get("/api/reports/trends").param("programme", PROGRAMME).param("to", "2022-04")
                        .accept("text/csv").with(chloe()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> records = Rfc4180Reader.read(csv, ',');
        assertThat(records.get(0)).containsExactly("scope", "kind", "month", "indicator", "value", "target", "met");
        assertThat(records).contains(List.of(PROGRAMME, "programme", "2022-03", "distinctParticipants", "6", "40",
                "false"));
        http.perform(get("/api/reports/trends").param("to", "2022-04").param("programme", PROGRAMME).with(HUGO))
                .andExpect(status().isNotFound());
        http.perform(get("/api/reports/trends").param("to", "2022-04").with(eva())).andExpect(status().isForbidden());
        http.perform(get("/api/reports/trends").param("to", "2022-13").param("programme", "none").with(gina()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("to", "programme")));
    }

    @Test
    void the_programme_report_as_csv_names_the_programme_and_the_people_counted_without_key() throws Exception {
        String csv = http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME)
                        .accept("text/csv").with(chloe()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> records = Rfc4180Reader.read(csv, ',');
        assertThat(records.get(0)).containsExactly("month", "programme", "table", "name", "value", "target", "met");
        assertThat(records).contains(
                List.of("2022-03", PROGRAMME, "indicators", "distinctParticipants", "6", "40", "false"),
                List.of("2022-03", PROGRAMME, "indicators", "tenantsMetIndividually", "<5", "1", ""),
                List.of("2022-03", PROGRAMME, "countedWithoutKey", "distinctParticipants", "<5", "", ""));
        String range = http.perform(get(URL).param("from", "2022-03").param("to", "2022-04").accept("text/csv")
                        .with(alice()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Rfc4180Reader.read(range, ',').get(0)).containsExactly("from", "to", "organisation", "table",
                "name", "value", "target", "met");
        assertThat(csv + range).doesNotContain(smesA, diogenesA, key1);
    }

    @Test
    void readers_are_members_coordinators_and_facilitators_and_the_analyst_others_get_404() throws Exception {
        http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME).with(farid()))
                .andExpect(status().isOk());
        http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME).with(HUGO))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME).with(HECTOR))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME).with(alice()))
                .andExpect(status().isNotFound());
        http.perform(get(URL).param("month", "2022-03").param("programme", PROGRAMME).with(eva()))
                .andExpect(status().isForbidden());
        // a facilitator reads programmes, not an organisation's report
        http.perform(get(URL).param("month", "2022-03").with(farid())).andExpect(status().isForbidden());

        http.perform(get("/api/reports/programmes").with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(PROGRAMME))
                .andExpect(jsonPath("$.items[0].lead").value("smes"))
                .andExpect(jsonPath("$.items[0].members.length()").value(4))
                .andExpect(jsonPath("$.items[0].name.fr").isNotEmpty());
        http.perform(get("/api/reports/programmes").with(gina())).andExpect(jsonPath("$.items.length()").value(1));
        http.perform(get("/api/reports/programmes").with(HUGO)).andExpect(jsonPath("$.items.length()").value(0));
        http.perform(get("/api/reports/programmes").with(eva())).andExpect(status().isForbidden());
        http.perform(get("/api/reports/programmes")).andExpect(status().isUnauthorized());
    }

    @Test
    void bad_parameters_are_all_named_in_one_400() throws Exception {
        http.perform(get(URL).param("month", "2022-13").param("programme", "nothing").param("organisation", "nowhere")
                        .with(gina()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("month", "organisation", "programme",
                        "programme")));
        http.perform(get(URL).param("from", "2022-05").param("to", "2022-03").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("to")));
        http.perform(get(URL).param("from", "2019-01").param("to", "2022-03").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("to")));
        http.perform(get(URL).param("from", "x").param("to", "2099-01").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "to")));
        http.perform(get(URL).param("month", "2022-03").param("from", "2022-03").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("month")));
    }
}
