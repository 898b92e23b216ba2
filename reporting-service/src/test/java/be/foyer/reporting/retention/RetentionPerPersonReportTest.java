package be.foyer.reporting.retention;

import be.foyer.events.BrusselsTime;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.hugo;
import static be.foyer.reporting.Events.tenancyEnded;
import static be.foyer.reporting.Events.tenancyStarted;
import static be.foyer.reporting.Events.tenantRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.csv.Rfc4180Reader;

/**
 * {@code byPerson} through the endpoint. Six people moved in with a-toi-mon-toit 51 months ago (a month no other test
 * uses): one moved to another flat, one was handed over to habitat-et-humanisme with a federation key, one without,
 * one went back to the street, two stayed. Per tenancy 2 of 6 are still housed after 6 months, per person 4.
 */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionPerPersonReportTest {

    private static final String URL = "/api/reports/retention";
    private static final String ORGANISATION = "a-toi-mon-toit";
    private static final String RECEIVING = "habitat-et-humanisme";

    private final YearMonth cohort = YearMonth.now(BrusselsTime.ZONE).minusMonths(51);
    private final List<String> identifiers = new ArrayList<>();

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @BeforeAll
    void publishTenancies() {
        List<EventEnvelope<?>> events = new ArrayList<>();
        LocalDate moveIn = cohort.atDay(3);
        String moving = id();
        String firstFlat = id();
        events.add(tenancyStarted(ORGANISATION, firstFlat, moving, moveIn));
        events.add(tenancyEnded(ORGANISATION, firstFlat, moving, moveIn, moveIn.plusMonths(2), "MOVED_ON"));
        events.add(tenancyStarted(ORGANISATION, id(), moving, moveIn.plusMonths(2).plusDays(10)));

        String key = id();
        String handedOver = id();
        String received = id();
        events.add(tenantRegistered(ORGANISATION, handedOver, moveIn, key));
        events.add(tenantRegistered(RECEIVING, received, moveIn.plusMonths(3), key));
        handover(events, handedOver, received, moveIn);
        handover(events, id(), id(), moveIn);

        String back = id();
        events.add(tenancyEnded(ORGANISATION, id(), back, moveIn, moveIn.plusMonths(4), "RETURN_TO_STREET"));
        events.add(tenancyStarted(ORGANISATION, id(), id(), moveIn));
        events.add(tenancyStarted(ORGANISATION, id(), id(), moveIn));
        Projected.publishAndAwait(kafka, database, events.toArray(EventEnvelope[]::new));
    }

    private void handover(List<EventEnvelope<?>> events, String from, String to, LocalDate moveIn) {
        events.add(tenancyEnded(ORGANISATION, id(), from, moveIn, moveIn.plusMonths(3), "RELAYED"));
        events.add(tenancyStarted(RECEIVING, id(), to, moveIn.plusMonths(3).plusDays(5)));
    }

    private String id() {
        String id = Events.newId();
        identifiers.add(id);
        return id;
    }

    @Test
    void the_organisation_sees_people_retained_across_a_move_and_a_handover_with_a_key() throws Exception {
        String byTenancy = "$.byMonth[?(@.cohort == '" + cohort + "')]";
        String byPerson = "$.byPerson[?(@.cohort == '" + cohort + "')]";
        String body = http.perform(get(URL).with(hugo()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(byTenancy + ".movedIn").value(6))
                .andExpect(jsonPath(byTenancy + ".after6Months.stillHoused").value(2))
                .andExpect(jsonPath(byPerson + ".people").value(6))
                .andExpect(jsonPath(byPerson + ".after6Months.status").value("observed"))
                .andExpect(jsonPath(byPerson + ".after6Months.stillHoused").value(4))
                .andExpect(jsonPath(byPerson + ".after6Months.share").value(0.667))
                .andExpect(jsonPath(byPerson + ".after24Months.stillHoused").value(4))
                // the flat after the move is no new cohort of people
                .andExpect(jsonPath("$.byPerson[?(@.cohort == '" + cohort.plusMonths(2) + "')]").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(identifiers);
    }

    @Test
    void the_receiving_member_counts_only_the_person_handed_over_without_a_key_as_a_move_in() throws Exception {
        http.perform(get(URL).param("organisation", RECEIVING).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byPerson[?(@.cohort == '" + cohort + "')]").isEmpty())
                .andExpect(jsonPath("$.byPerson[?(@.cohort == '" + cohort.plusMonths(3) + "')].people").value("<5"))
                .andExpect(jsonPath("$.byPerson[?(@.cohort == '" + cohort.plusMonths(3) + "')].after6Months.share")
                        .doesNotExist());
    }

    @Test
    void the_analyst_sees_the_federation_people_with_the_small_departed_count_hidden() throws Exception {
        String byPerson = "$.byPerson[?(@.cohort == '" + cohort + "')]";
        http.perform(get(URL).with(gina()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(byPerson + ".people").value(6))
                // two of six did not stay: 4 housed would say so
                .andExpect(jsonPath(byPerson + ".after6Months.stillHoused").value("<5"))
                .andExpect(jsonPath(byPerson + ".after6Months.share").doesNotExist());
    }

    @Test
    void as_csv_people_come_as_rows_of_period_person() throws Exception {
        String csv = http.perform(get(URL).accept("text/csv").with(hugo()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Rfc4180Reader.read(csv, ',')).anySatisfy(record -> assertThat(record.subList(2, 9))
                .containsExactly("person", cohort.toString(), "6", "12", "observed", "4", "0.667"));
    }
}
