package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.nameOf;
import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.platform.test.FoyerServiceTest;

/** Support plans with their revisions, the export of everything kept, and the read audit. */
@FoyerServiceTest
class TenantRightsAndPlanTest {

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    TenantHttp api;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    @Test
    void every_plan_revision_is_kept_with_who_and_when() throws Exception {
        String id = api.register(alice(), "Planned", "Person");
        String plan = "/api/tenants/" + id + "/support-plan";
        http.perform(get(plan).with(alice())).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(0))
                .andExpect(jsonPath("$.goals.length()").value(0));

        api.put(plan, alice(), "{\"goals\":[{\"domain\":\"HOUSING\",\"description\":\"Find a studio\","
                + "\"startDate\":\"2026-01-01\",\"targetDate\":\"2026-06-30\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.goals[0].status").value("PLANNED"));
        api.put(plan, user("bea", "staff", "smes"), "{\"goals\":[{\"domain\":\"HOUSING\",\"description\":\"Find a studio\","
                + "\"status\":\"ACHIEVED\"},{\"domain\":\"DIGITAL\",\"description\":\"Use itsme\"}]}")
                .andExpect(status().isOk());

        http.perform(get(plan).with(alice())).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.revisedBy").value(nameOf("bea")))
                .andExpect(jsonPath("$.goals.length()").value(2))
                .andExpect(jsonPath("$.goals[0].status").value("ACHIEVED"))
                .andExpect(jsonPath("$.revisions.length()").value(2))
                .andExpect(jsonPath("$.revisions[1].revision").value(1))
                .andExpect(jsonPath("$.revisions[1].revisedBy").value(nameOf("alice")))
                .andExpect(jsonPath("$.revisions[1].revisedAt").exists())
                .andExpect(jsonPath("$.revisions[1].goals[0].targetDate").value("2026-06-30"));
    }

    @Test
    void a_bad_plan_names_the_field_and_adds_no_revision() throws Exception {
        String id = api.register(alice(), "Careful", "Plan");
        String plan = "/api/tenants/" + id + "/support-plan";

        api.put(plan, alice(), "{\"goals\":[{\"domain\":\"HOUSING\",\"description\":\"Flat\","
                + "\"startDate\":\"2026-06-01\",\"targetDate\":\"2026-01-01\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals[0].targetDate"));
        api.put(plan, alice(), "{\"goals\":[{\"domain\":\"GARDENING\",\"description\":\"Grow tomatoes\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals[0].domain"));
        api.put(plan, alice(), "{\"goals\":[{\"domain\":\"HOUSING\",\"description\":\" \"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals[0].description"));
        api.put(plan, alice(), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goals"));

        assertThat(database.getCollection("support_plan_revisions").countDocuments(Filters.eq("tenantId", id))).isZero();
    }

    @Test
    void the_export_holds_everything_kept_decrypted() throws Exception {
        String id = api.register(alice(), "{\"firstName\":\"Xavier\",\"lastName\":\"Export\","
                + "\"phone\":\"0488 11 22 33\",\"nationalRegisterNumber\":\"93.08.15-123.78\"}");
        api.followUp(alice(), id, "{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":20,"
                + "\"note\":\"Asked about the rent\",\"healthNote\":\"New glasses\"}");
        api.followUp(alice(), id, "{\"date\":\"2026-01-09\",\"mode\":\"ACCOMPANIMENT\",\"durationMinutes\":120,"
                + "\"place\":{\"name\":\"Musée Magritte\",\"category\":\"CULTURE\"},\"domains\":[\"CULTURE\"]}");
        api.put("/api/tenants/" + id + "/support-plan", alice(),
                "{\"goals\":[{\"domain\":\"BUDGET\",\"description\":\"Pay the energy debt\"}]}").andExpect(status().isOk());
        api.put("/api/tenants/" + id + "/consents", alice(),
                "{\"consents\":[{\"purpose\":\"PHOTO\",\"granted\":true}]}").andExpect(status().isOk());
        api.put("/api/tenants/" + id + "/consents", alice(),
                "{\"consents\":[{\"purpose\":\"PHOTO\",\"granted\":false}]}").andExpect(status().isOk());
        api.post("/api/tenants/" + id + "/relays", alice(), "{\"service\":\"HOME_GUIDANCE\",\"contact\":\"Marie\"}")
                .andExpect(status().isCreated());
        http.perform(get("/api/tenants/" + id).with(alice())).andExpect(status().isOk());

        http.perform(get("/api/tenants/" + id + "/export").with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exportedBy").value(nameOf("alice")))
                .andExpect(jsonPath("$.file.firstName").value("Xavier"))
                .andExpect(jsonPath("$.file.phone").value("0488 11 22 33"))
                .andExpect(jsonPath("$.file.nationalRegisterNumber").value("93.08.15-123.78"))
                .andExpect(jsonPath("$.file.statusHistory.length()").value(2))
                .andExpect(jsonPath("$.file.relays[0].contact").value("Marie"))
                .andExpect(jsonPath("$.followUps.length()").value(2))
                .andExpect(jsonPath("$.followUps[0].note").value("Asked about the rent"))
                .andExpect(jsonPath("$.followUps[0].healthNote").value("New glasses"))
                .andExpect(jsonPath("$.followUps[1].place.name").value("Musée Magritte"))
                .andExpect(jsonPath("$.supportPlan.goals[0].description").value("Pay the energy debt"))
                .andExpect(jsonPath("$.supportPlan.revisions.length()").value(1))
                .andExpect(jsonPath("$.consents[2].purpose").value("PHOTO"))
                .andExpect(jsonPath("$.consents[2].granted").value(false))
                .andExpect(jsonPath("$.consentHistory.length()").value(2))
                .andExpect(jsonPath("$.reads[*].what", hasItems("FILE", "EXPORT")))
                .andExpect(jsonPath("$.reads[*].readBy", hasItems(nameOf("alice"))));
    }

    @Test
    void a_coordinator_lists_who_read_a_file_and_listing_it_is_not_a_read() throws Exception {
        RequestPostProcessor worker = user("walter", "staff", "infirmiers-de-rue");
        String id = api.register(chloe(), "Audited", "Person");
        String reads = "/api/tenants/" + id + "/reads";

        http.perform(get("/api/tenants/" + id).with(worker)).andExpect(status().isOk());
        http.perform(get("/api/tenants/" + id + "/follow-ups").with(worker)).andExpect(status().isOk());
        http.perform(get("/api/tenants/" + id + "/support-plan").with(chloe())).andExpect(status().isOk());
        http.perform(get("/api/tenants?q=audited").with(worker)).andExpect(status().isOk());

        http.perform(get(reads).with(chloe())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].readBy").value(nameOf("chloe")))
                .andExpect(jsonPath("$.items[0].what").value("SUPPORT_PLAN"))
                .andExpect(jsonPath("$.items[1].what").value("FOLLOW_UPS"))
                .andExpect(jsonPath("$.items[2].readBy").value(nameOf("walter")))
                .andExpect(jsonPath("$.items[2].what").value("FILE"))
                .andExpect(jsonPath("$.items[2].readAt").exists());
        http.perform(get(reads + "?size=1").with(chloe())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(1));
        http.perform(get(reads).with(worker)).andExpect(status().isForbidden());
    }
}
