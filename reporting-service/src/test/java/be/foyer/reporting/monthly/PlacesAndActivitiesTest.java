package be.foyer.reporting.monthly;

import be.foyer.reporting.ReportPeriod;
import be.foyer.reporting.Indicator;

import static be.foyer.reporting.Events.accompaniment;
import static be.foyer.reporting.Events.activityHeld;
import static be.foyer.reporting.Events.participation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

import be.foyer.platform.places.PlaceIds;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;
import be.foyer.reporting.federation.FederationReport;
import be.foyer.reporting.federation.FederationReportService;

/**
 * Issue 12, places and activities, on a small hand-made month (June 2024; no other test uses it): one place counted
 * once whoever went there and however (accompaniment or outing), the activities an organisation organised apart from
 * those its tenants joined, an activity held counted once federation-wide, and the weekly team meetings counted as
 * such only.
 */
@FoyerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacesAndActivitiesTest {

    private static final YearMonth JUNE = YearMonth.of(2024, 6);
    private static final String MUSEUM = PlaceIds.of("Musée Magritte");
    private static final String FOREST = PlaceIds.of("Forêt de Soignes");
    private static final String BOWLING = PlaceIds.of("Bowling Crosly");
    private static final String MEETING_ROOM = PlaceIds.of("Salle de réunion Smes");

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Autowired
    FederationReportService federation;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final String outing = Events.newId();
    private final String workshop = Events.newId();
    private final String teamMeeting = Events.newId();
    private final String smesTenant = Events.newId();
    private final String smesTenant2 = Events.newId();
    private final String diogenesTenant = Events.newId();
    private final String infirmiersTenant = Events.newId();

    @BeforeAll
    void publishAMonth() {
        Projected.publishAndAwait(kafka, database,
                // the museum: accompaniments of two members, typed differently, one federation-wide id
                accompaniment("smes", smesTenant, day(3), PlaceIds.of("musee magritte "), "CULTURE"),
                accompaniment("diogenes", diogenesTenant, day(4), MUSEUM, "CULTURE"),
                // a one-off forest outing run by smes, joined by tenants of three members
                activityHeld("smes", outing, "OUTING", false, day(10), FOREST),
                participation("smes", smesTenant2, "smes", outing, "OUTING", false, day(10), FOREST),
                participation("diogenes", diogenesTenant, "smes", outing, "OUTING", false, day(10), FOREST),
                participation("infirmiers-de-rue", infirmiersTenant, "smes", outing, "OUTING", false, day(10),
                        FOREST),
                // a weekly workshop at the bowling, held twice
                activityHeld("smes", workshop, "WORKSHOP", true, day(5), BOWLING),
                activityHeld("smes", workshop, "WORKSHOP", true, day(12), BOWLING),
                participation("smes", smesTenant, "smes", workshop, "WORKSHOP", true, day(5), BOWLING),
                participation("smes", smesTenant, "smes", workshop, "WORKSHOP", true, day(12), BOWLING),
                // the programme's weekly team meeting: four in June, one in July; neither an activity nor a place
                activityHeld("smes", teamMeeting, "TEAM_MEETING", true, day(6), MEETING_ROOM),
                activityHeld("smes", teamMeeting, "TEAM_MEETING", true, day(13), MEETING_ROOM),
                activityHeld("smes", teamMeeting, "TEAM_MEETING", true, day(20), MEETING_ROOM),
                activityHeld("smes", teamMeeting, "TEAM_MEETING", true, day(27), MEETING_ROOM),
                activityHeld("smes", teamMeeting, "TEAM_MEETING", true, LocalDate.of(2024, 7, 4), MEETING_ROOM));
    }

    private static LocalDate day(int day) {
        return JUNE.atDay(day);
    }

    @Test
    void the_organiser_counts_what_it_organised_and_joined_and_its_places_accompanied_or_visited() throws Exception {
        monthly(TestTokens.user("sam", "staff", "smes"))
                // museum (accompaniment), forest (its outing), bowling (its workshop); the meeting room is no place
                .andExpect(jsonPath("$.indicators.distinctPlaces.value").value(3))
                .andExpect(jsonPath("$.indicators.recurringActivities.value").value(1))
                .andExpect(jsonPath("$.indicators.oneOffActivities.value").value(1))
                .andExpect(jsonPath("$.indicators.activitiesJoined.value").value(2))
                .andExpect(jsonPath("$.indicators.activitiesJoined.target").isEmpty())
                .andExpect(jsonPath("$.indicators.transversalTeamMeetings.value").value(4))
                .andExpect(jsonPath("$.indicators.distinctParticipants.value").value(2));
    }

    @Test
    void a_member_whose_tenants_joined_another_s_outing_counts_it_joined_and_its_place_not_organised()
            throws Exception {
        monthly(TestTokens.user("dina", "staff", "diogenes"))
                .andExpect(jsonPath("$.indicators.distinctPlaces.value").value(2))
                .andExpect(jsonPath("$.indicators.recurringActivities.value").value(0))
                .andExpect(jsonPath("$.indicators.oneOffActivities.value").value(0))
                .andExpect(jsonPath("$.indicators.activitiesJoined.value").value(1))
                .andExpect(jsonPath("$.indicators.transversalTeamMeetings.value").value(0));
        monthly(TestTokens.user("ines", "coordinator", "infirmiers-de-rue"))
                .andExpect(jsonPath("$.indicators.distinctPlaces.value").value(1))
                .andExpect(jsonPath("$.indicators.activitiesJoined.value").value(1))
                .andExpect(jsonPath("$.indicators.oneOffActivities.value").value(0));
    }

    @Test
    void federation_wide_a_place_and_an_activity_held_count_once() {
        FederationReport report = federation.report(new ReportPeriod(JUNE, JUNE));
        Map<Indicator, FederationReport.IndicatorRow> rows = report.indicators();

        assertThat(rows.get(Indicator.DISTINCT_PLACES).total()).isEqualTo(3); // museum, forest, bowling
        assertThat(rows.get(Indicator.ACTIVITIES_JOINED).total()).isEqualTo(2); // the outing once, not three times
        assertThat(rows.get(Indicator.ONE_OFF_ACTIVITIES).total()).isEqualTo(1);
        assertThat(rows.get(Indicator.RECURRING_ACTIVITIES).total()).isEqualTo(1);
        assertThat(rows.get(Indicator.TRANSVERSAL_TEAM_MEETINGS).total()).isEqualTo(4);
        int smes = report.organisations().indexOf("smes");
        assertThat(rows.get(Indicator.DISTINCT_PLACES).byOrganisation()[smes]).isEqualTo(3);
    }

    @Test
    void the_new_indicators_are_read_like_the_others_with_every_wrong_parameter_named() throws Exception {
        http.perform(get("/api/reports/monthly").param("month", "2024-13").with(TestTokens.user("sam", "staff",
                        "smes")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        http.perform(get("/api/reports/monthly").param("month", JUNE.toString()).param("organisation", "diogenes")
                .with(TestTokens.user("sam", "staff", "smes"))).andExpect(status().isNotFound());
        http.perform(get("/api/reports/monthly").param("month", JUNE.toString()).with(TestTokens.farid()))
                .andExpect(status().isForbidden());
        for (String key : List.of("activitiesJoined", "transversalTeamMeetings")) {
            assertThat(Indicator.byKey(key)).isPresent();
        }
    }

    private org.springframework.test.web.servlet.ResultActions monthly(RequestPostProcessor user) throws Exception {
        return http.perform(get("/api/reports/monthly").param("month", JUNE.toString()).with(user))
                .andExpect(status().isOk());
    }
}
