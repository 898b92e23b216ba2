package be.foyer.reporting.monthly;

import static be.foyer.reporting.Events.accompaniment;
import static be.foyer.reporting.Events.activityHeld;
import static be.foyer.reporting.Events.councilMeeting;
import static be.foyer.reporting.Events.followUp;
import static be.foyer.reporting.Events.participation;
import static be.foyer.reporting.Events.tenancyEnded;
import static be.foyer.reporting.Events.tenancyStarted;
import static be.foyer.reporting.Events.tenantRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/**
 * Every indicator of the contract and the breakdowns for one organisation and month (new-samusocial, August 2025;
 * no other test uses that organisation's tenancies), with events of other organisations that must not count.
 */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsTest {

    private static final String URL = "/api/reports/monthly";
    private static final String ORGANISATION = "new-samusocial";
    private static final RequestPostProcessor DAVID = TestTokens.user("david", "staff", ORGANISATION);

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final String t1 = Events.newId();
    private final String t2 = Events.newId();
    private final String t3 = Events.newId();
    private final String t4 = Events.newId();
    private final String t5 = Events.newId();
    private final String federationKey = "fedkey-" + Events.newId();
    private final String recurring = Events.newId();

    @BeforeAll
    void publishAMonthOfWork() {
        Projected.publishAndAwait(kafka, database,
                // participants: t1 (twice), t2, t3; a smes tenant at a new-samusocial activity counts for smes
                participation(ORGANISATION, t1, ORGANISATION, day(3)),
                participation(ORGANISATION, t1, "smes", day(10)),
                participation(ORGANISATION, t2, ORGANISATION, day(3)),
                participation(ORGANISATION, t3, ORGANISATION, day(4)),
                participation("smes", Events.newId(), ORGANISATION, day(3)),
                participation(ORGANISATION, Events.newId(), ORGANISATION, LocalDate.of(2025, 9, 1)),
                // met individually: t1, t4, t5; places A and B; the follow-up of t4 arrives before t4 does
                followUp(ORGANISATION, t1, day(5), "PHONE", List.of("HOUSING", "HEALTH")),
                followUp(ORGANISATION, t1, day(6), "HOME_VISIT", List.of("HOUSING")),
                accompaniment(ORGANISATION, t4, day(7), "place-A", "HOSPITAL"),
                tenantRegistered(ORGANISATION, t4, day(1), federationKey),
                accompaniment(ORGANISATION, t5, day(8), "place-A", "HOSPITAL"),
                accompaniment(ORGANISATION, t5, day(9), "place-B", "CPAS"),
                // one recurring activity held twice, two one-off activities; another organiser's does not count
                activityHeld(ORGANISATION, recurring, true, day(2)),
                activityHeld(ORGANISATION, recurring, true, day(9)),
                activityHeld(ORGANISATION, Events.newId(), false, day(12)),
                activityHeld(ORGANISATION, Events.newId(), false, day(13)),
                activityHeld("diogenes", Events.newId(), false, day(13)),
                councilMeeting(day(20), ORGANISATION, "smes"),
                councilMeeting(day(21), "smes"),
                // housed at the month's end: t1 (since June) and t2 (moved in this month); t3's tenancy ended in
                // the month (its end arrives before its start), t4 moved in and out within the month
                tenancyStarted(ORGANISATION, "tenancy-1-" + t1, t1, LocalDate.of(2025, 6, 10)),
                tenancyStarted(ORGANISATION, "tenancy-2-" + t2, t2, day(5)),
                tenancyEnded(ORGANISATION, "tenancy-3-" + t3, t3, LocalDate.of(2025, 7, 1), day(20), "EVICTION"),
                tenancyStarted(ORGANISATION, "tenancy-3-" + t3, t3, LocalDate.of(2025, 7, 1)),
                tenancyStarted(ORGANISATION, "tenancy-4-" + t4, t4, day(2)),
                tenancyEnded(ORGANISATION, "tenancy-4-" + t4, t4, day(2), day(31), "MOVED_ON"));
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2025, 8, day);
    }

    @Test
    void every_indicator_has_its_value_target_and_whether_it_is_met() throws Exception {
        String body = http.perform(get(URL).param("month", "2025-08").with(DAVID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2025-08"))
                .andExpect(jsonPath("$.organisation").value(ORGANISATION))
                .andExpect(jsonPath("$.indicators.distinctParticipants.value").value(3))
                // organisations have no default targets (issue 12): target and met null until one is set
                .andExpect(jsonPath("$.indicators.distinctParticipants.target").isEmpty())
                .andExpect(jsonPath("$.indicators.distinctParticipants.met").isEmpty())
                .andExpect(jsonPath("$.indicators.tenantsMetIndividually.value").value(3))
                .andExpect(jsonPath("$.indicators.distinctPlaces.value").value(2))
                .andExpect(jsonPath("$.indicators.distinctPlaces.target").isEmpty())
                .andExpect(jsonPath("$.indicators.recurringActivities.value").value(1))
                .andExpect(jsonPath("$.indicators.oneOffActivities.value").value(2))
                .andExpect(jsonPath("$.indicators.councilMeetings.value").value(1))
                .andExpect(jsonPath("$.indicators.transversalTeamMeetings.value").value(0))
                .andExpect(jsonPath("$.indicators.tenantsHoused.value").value(2))
                .andExpect(jsonPath("$.indicators.tenantsHoused.target").isEmpty())
                .andExpect(jsonPath("$.indicators.moveIns.value").value(2))
                .andExpect(jsonPath("$.followUpsByMode.ACCOMPANIMENT").value(3))
                .andExpect(jsonPath("$.followUpsByMode.HOME_VISIT").value(1))
                .andExpect(jsonPath("$.followUpsByMode.PHONE").value(1))
                .andExpect(jsonPath("$.followUpsByDomain.HOUSING").value(2))
                .andExpect(jsonPath("$.followUpsByDomain.HEALTH").value(1))
                .andExpect(jsonPath("$.tenancyEndsByReason.EVICTION").value(1))
                .andExpect(jsonPath("$.tenancyEndsByReason.MOVED_ON").value(1))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(t1, t2, t3, t4, t5, federationKey);
        http.perform(get(URL).param("month", "2025-07").with(DAVID))
                .andExpect(jsonPath("$.indicators.tenantsHoused.value").value(2))
                .andExpect(jsonPath("$.indicators.moveIns.value").value(1));
    }

    @Test
    void the_report_as_csv_parses_back_with_a_header_row_and_the_same_figures() throws Exception {
        String csv = http.perform(get(URL).param("month", "2025-08").accept("text/csv").with(DAVID))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        List<List<String>> records = Rfc4180Reader.read(csv, ',');
        assertThat(records.get(0)).containsExactly("month", "organisation", "table", "name", "value", "target", "met");
        Map<String, List<String>> byName = records.stream().skip(1)
                .collect(Collectors.toMap(record -> record.get(2) + "." + record.get(3), Function.identity()));
        assertThat(byName.get("indicators.tenantsMetIndividually"))
                .containsExactly("2025-08", ORGANISATION, "indicators", "tenantsMetIndividually", "3", "", "");
        assertThat(byName.get("indicators.tenantsHoused")).containsExactly("2025-08", ORGANISATION, "indicators",
                "tenantsHoused", "2", "", "");
        assertThat(byName.get("followUpsByMode.ACCOMPANIMENT").get(4)).isEqualTo("3");
        assertThat(csv).doesNotContain(t1, t4, federationKey);

        String semicolons = http.perform(get(URL).param("month", "2025-08").param("delimiter", "semicolon")
                        .accept("text/csv").with(DAVID))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Rfc4180Reader.read(semicolons, ';')).isEqualTo(records);

        http.perform(get(URL).param("month", "2025-08").param("delimiter", "tab").accept("text/csv").with(DAVID))
                .andExpect(status().isBadRequest());
        http.perform(get(URL).param("month", "2025-08").param("delimiter", "tab").with(DAVID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("delimiter"));
    }

    @Test
    void the_analyst_sees_the_small_counts_of_the_organisation_as_less_than_5() throws Exception {
        String body = http.perform(get(URL).param("month", "2025-08").param("organisation", ORGANISATION)
                        .with(TestTokens.gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.distinctParticipants.value").value("<5"))
                .andExpect(jsonPath("$.indicators.distinctParticipants.met").isEmpty())
                // activities, meetings and places are not people: shown as they are, however small
                .andExpect(jsonPath("$.indicators.recurringActivities.value").value(1))
                .andExpect(jsonPath("$.indicators.oneOffActivities.value").value(2))
                .andExpect(jsonPath("$.indicators.distinctPlaces.value").value(2))
                .andExpect(jsonPath("$.indicators.councilMeetings.value").value(1))
                .andExpect(jsonPath("$.followUpsByMode.ACCOMPANIMENT").value("<5"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(t1, t4, federationKey);
    }
}
