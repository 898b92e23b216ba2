package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.platform.test.FoyerServiceTest;

/** The plan, consents and relays name every wrong field in one 400, beside the annotations' faults. */
@FoyerServiceTest
class FileRulesTest {

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    TenantHttp api;
    RequestPostProcessor anna = user("anna", "staff", "rules-org");

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    @Test
    void a_plan_with_goals_ending_before_they_start_and_a_missing_description_is_refused_at_once() throws Exception {
        String id = api.register(anna, "Plan", "Person");
        api.put("/api/tenants/" + id + "/support-plan", anna, """
                {"goals":[{"domain":"HOUSING","description":"","startDate":"2026-03-01"},
                          {"domain":"HEALTH","description":"GP","startDate":"2026-03-01","targetDate":"2026-02-01"},
                          {"domain":"BUDGET","description":"CPAS","startDate":"2026-03-01","targetDate":"2026-01-01"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field=='goals[0].description')].code").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field=='goals[1].targetDate')].code").value("before_start"))
                .andExpect(jsonPath("$.errors[?(@.field=='goals[2].targetDate')].code").value("before_start"));
        assertThat(database.getCollection("support_plan_revisions").countDocuments(Filters.eq("tenantId", id))).isZero();
    }

    @Test
    void consents_given_twice_or_dated_in_the_future_are_refused_at_once_and_change_nothing() throws Exception {
        String id = api.register(anna, "Consent", "Person");
        Document before = withoutOutbox(id);
        api.put("/api/tenants/" + id + "/consents", anna, """
                {"consents":[{"purpose":"PHOTO","granted":true,"date":"2999-01-01"},
                             {"purpose":"PHOTO","granted":false},
                             {"purpose":"SHARED_ACTIVITIES"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field=='consents[0].date')].code").value("in_future"))
                .andExpect(jsonPath("$.errors[?(@.field=='consents[1].purpose')].code").value("conflicting"))
                .andExpect(jsonPath("$.errors[?(@.field=='consents[2].granted')].code").value("required"));
        assertThat(withoutOutbox(id)).isEqualTo(before);
    }

    @Test
    void a_relay_in_the_future_handed_over_before_it_starts_and_with_a_long_contact_is_refused_at_once()
            throws Exception {
        String id = api.register(anna, "Relay", "Person");
        Document before = withoutOutbox(id);
        api.post("/api/tenants/" + id + "/relays", anna, "{\"service\":\"CPAS\",\"date\":\"2999-01-10\","
                        + "\"handoverUntil\":\"2999-01-01\",\"contact\":\"" + "c".repeat(301) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field=='date')].code").value("in_future"))
                .andExpect(jsonPath("$.errors[?(@.field=='handoverUntil')].code").value("before_start"))
                .andExpect(jsonPath("$.errors[?(@.field=='contact')].code").value("too_long"));
        assertThat(withoutOutbox(id)).isEqualTo(before);
    }

    Document withoutOutbox(String id) {
        Document document = database.getCollection("tenants").find(Filters.eq("_id", id)).first();
        document.remove("outbox");
        return document;
    }
}
