package be.foyer.reporting.federation;

import be.foyer.events.BrusselsTime;
import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.reporting.Events.councilMeeting;
import static be.foyer.reporting.Events.followUp;
import static be.foyer.reporting.Events.participation;
import static be.foyer.reporting.Events.tenantRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.csv.Rfc4180Reader;

/** October 2023 across the federation: organisations side by side, people counted once, small counts hidden. */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationReportTest {

    private static final String URL = "/api/reports/federation";
    private static final String MONTH = "2023-10";

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final List<String> tenantIds = new ArrayList<>();
    private final List<String> keys = List.of("key-" + Events.newId(), "key-" + Events.newId());

    @BeforeAll
    void publishAMonthAcrossOrganisations() {
        List<EventEnvelope<?>> events = new ArrayList<>();
        List<String> smes = participants(events, "smes", 6);
        List<String> diogenes = participants(events, "diogenes", 2);
        List<String> infirmiers = participants(events, "infirmiers-de-rue", 7);
        // the same two people followed by two organisations each
        events.add(tenantRegistered("smes", smes.get(0), day(1), keys.get(0)));
        events.add(tenantRegistered("diogenes", diogenes.get(0), day(1), keys.get(0)));
        events.add(tenantRegistered("smes", smes.get(1), day(1), keys.get(1)));
        events.add(tenantRegistered("infirmiers-de-rue", infirmiers.get(0), day(1), keys.get(1)));
        for (int i = 0; i < 7; i++) {
            events.add(followUp("smes", smes.get(i % 6), day(2), "PHONE", List.of()));
        }
        for (int i = 0; i < 5; i++) {
            events.add(followUp("smes", smes.get(i), day(3), "HOME_VISIT", List.of()));
        }
        for (int i = 0; i < 3; i++) {
            events.add(followUp("diogenes", diogenes.get(i % 2), day(4), "PHONE", List.of()));
        }
        events.add(councilMeeting(day(15), "smes", "diogenes"));
        events.add(councilMeeting(day(29), "smes"));
        // the next month: three of the same people take part again, one more follow-up and council meeting
        LocalDate november = YearMonth.parse(MONTH).plusMonths(1).atDay(10);
        for (int i = 0; i < 3; i++) {
            events.add(participation("smes", smes.get(i), "smes", november));
        }
        events.add(followUp("infirmiers-de-rue", infirmiers.get(0), november, "PHONE", List.of()));
        events.add(councilMeeting(november, "diogenes"));
        Projected.publishAndAwait(kafka, database, events.toArray(EventEnvelope[]::new));
    }

    private List<String> participants(List<EventEnvelope<?>> events, String organisation, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tenantId = Events.newId();
            ids.add(tenantId);
            tenantIds.add(tenantId);
            events.add(participation(organisation, tenantId, "smes", day(5 + i)));
        }
        return ids;
    }

    private static LocalDate day(int day) {
        return YearMonth.parse(MONTH).atDay(day);
    }

    @Test
    void organisations_side_by_side_with_people_counted_once_and_small_counts_hidden_with_a_second_cell()
            throws Exception {
        String body = http.perform(get(URL).param("month", MONTH).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value(MONTH))
                .andExpect(jsonPath("$.organisations.length()").value(6))
                // 6 + 2 + 7 tenants, two of whom are the same people as two others: 13 people
                .andExpect(jsonPath("$.indicators.distinctParticipants.total").value(13))
                // the federation has no targets of its own (targets belong to programmes and organisations)
                .andExpect(jsonPath("$.indicators.distinctParticipants.target").isEmpty())
                .andExpect(jsonPath("$.indicators.distinctParticipants.met").isEmpty())
                .andExpect(jsonPath("$.indicators.distinctParticipants.organisations.diogenes").value("<5"))
                // the next smallest is hidden too, or 13 - 7 - 6 would say how few diogenes had
                .andExpect(jsonPath("$.indicators.distinctParticipants.organisations.smes").value("<5"))
                .andExpect(jsonPath("$.indicators.distinctParticipants.organisations['infirmiers-de-rue']").value(7))
                .andExpect(jsonPath("$.indicators.distinctParticipants.organisations['new-samusocial']").value(0))
                // meetings are not people: never hidden
                .andExpect(jsonPath("$.indicators.councilMeetings.total").value(2))
                .andExpect(jsonPath("$.indicators.councilMeetings.organisations.smes").value(2))
                .andExpect(jsonPath("$.indicators.councilMeetings.organisations.diogenes").value(1))
                .andExpect(jsonPath("$.followUpsByMode.PHONE.organisations.diogenes").value("<5"))
                .andExpect(jsonPath("$.followUpsByMode.PHONE.organisations.smes").value("<5"))
                // the column totals add up too: the smes total goes with the diogenes one
                .andExpect(jsonPath("$.followUpsByMode.total.organisations.diogenes").value("<5"))
                .andExpect(jsonPath("$.followUpsByMode.total.organisations.smes").value("<5"))
                .andExpect(jsonPath("$.followUpsByMode.HOME_VISIT.organisations.smes").value(5))
                .andExpect(jsonPath("$.followUpsByMode.total.total").value(15))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(tenantIds).doesNotContain(keys);
    }

    @Test
    void over_a_range_people_count_once_and_follow_ups_and_meetings_add_up() throws Exception {
        String november = YearMonth.parse(MONTH).plusMonths(1).toString();
        http.perform(get(URL).param("from", MONTH).param("to", november).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").isEmpty())
                .andExpect(jsonPath("$.from").value(MONTH))
                .andExpect(jsonPath("$.to").value(november))
                // the three who came back in November are the same people: 13, not 16
                .andExpect(jsonPath("$.indicators.distinctParticipants.total").value(13))
                .andExpect(jsonPath("$.indicators.distinctParticipants.organisations['infirmiers-de-rue']").value(7))
                .andExpect(jsonPath("$.indicators.councilMeetings.total").value(3))
                .andExpect(jsonPath("$.indicators.councilMeetings.organisations.diogenes").value(2))
                .andExpect(jsonPath("$.followUpsByMode.total.total").value(16));
        String csv = http.perform(get(URL).param("from", MONTH).param("to", november).accept("text/csv")
                        .with(chloe()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Rfc4180Reader.read(csv, ',').get(1).get(0)).isEqualTo(MONTH + "/" + november);
    }

    @Test
    void a_range_typed_wrong_names_its_field_and_answers_nothing_else() throws Exception {
        http.perform(get(URL).param("from", "2023-11").param("to", "2023-09").with(gina()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        http.perform(get(URL).param("month", MONTH).param("from", "2023-09").param("to", "2023-10").with(gina()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        http.perform(get(URL).param("from", "2023-09").param("to", "2023-10").with(alice()))
                .andExpect(status().isForbidden());
    }

    @Test
    void coordinators_read_it_too_as_csv_that_parses_back() throws Exception {
        http.perform(get(URL).param("month", MONTH).with(chloe()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.distinctParticipants.total").value(13));

        String csv = http.perform(get(URL).param("month", MONTH).param("delimiter", "semicolon")
                        .accept("text/csv").with(chloe()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> records = Rfc4180Reader.read(csv, ';');
        assertThat(records.get(0)).containsExactly("month", "table", "row", "smes", "diogenes", "infirmiers-de-rue",
                "new-samusocial", "a-toi-mon-toit", "habitat-et-humanisme", "total", "target", "met");
        assertThat(records).contains(List.of(MONTH, "indicators", "distinctParticipants", "<5", "<5", "7", "0", "0",
                "0", "13", "", ""));
        assertThat(records.stream().filter(record -> record.get(1).equals("followUpsByMode"))).isNotEmpty();
        assertThat(csv).doesNotContain(tenantIds).doesNotContain(keys);
    }

    @Test
    void staff_volunteers_and_facilitators_may_not_and_a_month_must_be_valid() throws Exception {
        http.perform(get(URL).param("month", MONTH).with(alice())).andExpect(status().isForbidden());
        http.perform(get(URL).param("month", MONTH).with(eva())).andExpect(status().isForbidden());
        http.perform(get(URL).param("month", MONTH).with(farid())).andExpect(status().isForbidden());
        http.perform(get(URL).param("month", MONTH)).andExpect(status().isUnauthorized());
        String next = YearMonth.now(BrusselsTime.ZONE).plusMonths(1).toString();
        for (String bad : new String[] {"2026-13", next, ""}) {
            http.perform(get(URL).param("month", bad).with(gina()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("month"));
        }
    }
}
