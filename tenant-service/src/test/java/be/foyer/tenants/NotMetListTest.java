package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.platform.test.FoyerServiceTest;

/** {@code GET /api/tenants?notMetIn=YYYY-MM}: the organisation's tenants with no follow-up that took place that month. */
@FoyerServiceTest
class NotMetListTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    static final YearMonth THIS_MONTH = YearMonth.from(TODAY);

    @Autowired
    MockMvc http;

    TenantHttp api;
    /** A word only this test's tenants carry, so that other tests' tenants of the same organisation stay out. */
    String family;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
        family = "Nm" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    String tenant(RequestPostProcessor by, String firstName, String volunteer) throws Exception {
        return api.register(by, "{\"firstName\":\"%s\",\"lastName\":\"%s\"%s}".formatted(firstName, family,
                volunteer == null ? "" : ",\"assignedVolunteers\":[\"" + volunteer + "\"]"));
    }

    String followUp(String tenant, LocalDate date, String status) throws Exception {
        return api.followUp(alice(), tenant, "{\"date\":\"%s\",\"mode\":\"PHONE\",\"durationMinutes\":20%s}"
                .formatted(date, status == null ? "" : ",\"status\":\"" + status + "\""));
    }

    List<String> notMet(RequestPostProcessor user, YearMonth month) throws Exception {
        String body = http.perform(get("/api/tenants").param("notMetIn", month.toString()).param("q", family)
                        .param("size", "50").with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].id");
    }

    @Test
    void only_the_tenants_without_a_follow_up_that_took_place_that_month_and_only_the_callers_organisation()
            throws Exception {
        String metThisMonth = tenant(alice(), "Met", null);
        String metLastMonth = tenant(alice(), "Earlier", null);
        String onlyPlanned = tenant(alice(), "Planned", null);
        String never = tenant(alice(), "Never", null);
        String bruno = api.register(bruno(), "{\"firstName\":\"Other\",\"lastName\":\"%s\"}".formatted(family));
        followUp(metThisMonth, TODAY, null);
        followUp(metLastMonth, TODAY.minusMonths(1), null);
        followUp(onlyPlanned, TODAY.plusDays(1), "PLANNED");

        assertThat(notMet(alice(), THIS_MONTH)).containsExactlyInAnyOrder(metLastMonth, onlyPlanned, never);
        assertThat(notMet(alice(), THIS_MONTH.minusMonths(1)))
                .containsExactlyInAnyOrder(metThisMonth, onlyPlanned, never);
        // another organisation's user sees none of smes's tenants, only their own
        assertThat(notMet(bruno(), THIS_MONTH)).containsExactly(bruno);
        http.perform(get("/api/tenants").param("notMetIn", THIS_MONTH.toString()).param("q", family).with(alice()))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void a_follow_up_moved_to_another_month_or_withdrawn_leaves_the_month() throws Exception {
        String moved = tenant(alice(), "Moved", null);
        String withdrawn = tenant(alice(), "Withdrawn", null);
        String movedFollowUp = followUp(moved, TODAY, null);
        String wrong = followUp(withdrawn, TODAY, null);
        assertThat(notMet(alice(), THIS_MONTH)).isEmpty();

        api.patch("/api/tenants/" + moved + "/follow-ups/" + movedFollowUp, alice(),
                "{\"date\":\"%s\",\"reason\":\"Wrong date\"}".formatted(TODAY.minusMonths(1))).andExpect(status().isOk());
        api.post("/api/tenants/" + withdrawn + "/follow-ups/" + wrong + "/withdraw", alice(),
                "{\"reason\":\"Wrong file\"}").andExpect(status().isOk());

        assertThat(notMet(alice(), THIS_MONTH)).containsExactlyInAnyOrder(moved, withdrawn);
        assertThat(notMet(alice(), THIS_MONTH.minusMonths(1))).containsExactly(withdrawn);
    }

    @Test
    void a_volunteer_gets_only_the_tenants_assigned_to_them() throws Exception {
        String assigned = tenant(alice(), "Assigned", "victor");
        tenant(alice(), "NotAssigned", null);
        assertThat(notMet(user("victor", "volunteer", "smes"), THIS_MONTH)).containsExactly(assigned);
    }

    @Test
    void pages_of_the_list() throws Exception {
        for (int i = 0; i < 3; i++) {
            tenant(alice(), "Page" + (char) ('a' + i), null);
        }
        http.perform(get("/api/tenants").param("notMetIn", THIS_MONTH.toString()).param("q", family)
                        .param("size", "2").param("page", "1").with(alice()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void a_month_that_is_not_one_or_in_the_future_is_a_400_naming_the_field() throws Exception {
        for (String wrong : List.of("2026-13", "november", "2026-1", THIS_MONTH.plusMonths(1).toString())) {
            http.perform(get("/api/tenants").param("notMetIn", wrong).with(alice()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("notMetIn"));
        }
    }

    @Test
    void roles_without_case_files_may_not_ask() throws Exception {
        http.perform(get("/api/tenants").param("notMetIn", THIS_MONTH.toString()).with(farid()))
                .andExpect(status().isForbidden());
    }
}
