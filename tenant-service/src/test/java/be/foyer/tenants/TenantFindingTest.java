package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.platform.test.FoyerServiceTest;

/**
 * Registering people known by a first name or a nickname only, every wrong field in one answer, and finding files:
 * the sorted list, by ids, possible duplicates.
 */
@FoyerServiceTest
class TenantFindingTest {

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
    void a_nickname_or_a_first_name_alone_registers_a_person_and_lists_sort_them_under_that_name() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "nickname-org");
        api.register(anna, "{\"preferredName\":\"Le Grand\"}");
        api.register(anna, "{\"firstName\":\"Mohamed\"}");
        api.register(anna, "{\"firstName\":\"Marc\",\"lastName\":\"Martin\"}");
        api.register(anna, "{\"firstName\":\"Zoé\",\"lastName\":\"Aubry\"}");

        http.perform(get("/api/tenants").with(anna)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[0].lastName").value("Aubry"))
                .andExpect(jsonPath("$.items[1].preferredName").value("Le Grand"))
                .andExpect(jsonPath("$.items[2].lastName").value("Martin"))
                .andExpect(jsonPath("$.items[3].firstName").value("Mohamed"))
                .andExpect(jsonPath("$.items[3].lastName").doesNotExist());
        http.perform(get("/api/tenants?q=GRAND").with(anna))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].preferredName").value("Le Grand"));
    }

    @Test
    void neither_a_first_name_nor_a_nickname_answers_400_on_firstName_beside_the_other_faults() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "no-name-org");
        api.post("/api/tenants", anna, "{\"lastName\":\"" + "x".repeat(101) + "\",\"preferredName\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field=='firstName')].code").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field=='lastName')].code").value("too_long"));

        assertThat(database.getCollection("tenants").countDocuments(Filters.eq("organisation", "no-name-org")))
                .isZero();
    }

    @Test
    void one_400_names_every_wrong_field_with_its_code_and_stores_nothing() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "all-at-once-org");
        long keys = database.getCollection("tenant_keys").countDocuments();

        api.post("/api/tenants", anna, "{\"firstName\":\"" + "A".repeat(101) + "\",\"birthDate\":\"2999-01-01\","
                        + "\"phone\":\"call me\",\"nationalRegisterNumber\":\"85.07.30-033\",\"status\":\"RELAYED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[?(@.field=='firstName')].code").value("too_long"))
                .andExpect(jsonPath("$.errors[?(@.field=='birthDate')].code").value("in_future"))
                .andExpect(jsonPath("$.errors[?(@.field=='phone')].code").value("invalid_format"))
                .andExpect(jsonPath("$.errors[?(@.field=='nationalRegisterNumber')].code").value("invalid_format"))
                .andExpect(jsonPath("$.errors[?(@.field=='status')].code").value("not_allowed"));
        api.post("/api/tenants", anna, "{\"firstName\":\"Ana\",\"birthDate\":\"1980-01-01\",\"birthYear\":1981,"
                        + "\"nationalRegisterNumber\":\"85.07.30-033.29\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field=='birthYear')].code").value("conflicting"))
                .andExpect(jsonPath("$.errors[?(@.field=='nationalRegisterNumber')].code").value("check_failed"));

        assertThat(database.getCollection("tenants").countDocuments(Filters.eq("organisation", "all-at-once-org")))
                .isZero();
        assertThat(database.getCollection("tenant_keys").countDocuments()).isEqualTo(keys);
    }

    @Test
    void a_patch_may_drop_the_first_name_of_someone_known_by_a_nickname_but_not_leave_no_name() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "patch-names-org");
        String id = api.register(anna, "{\"firstName\":\"Jean\",\"preferredName\":\"Jeannot\"}");

        api.patch("/api/tenants/" + id, anna, "{\"firstName\":\"\",\"preferredName\":\"\",\"birthDate\":\"1980-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("firstName"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        api.patch("/api/tenants/" + id, anna, "{\"phone\":\"call me\",\"birthYear\":1850,"
                        + "\"nationalRegisterNumber\":\"1\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field=='birthYear')].code").value("invalid"))
                .andExpect(jsonPath("$.errors[?(@.field=='nationalRegisterNumber')].code").value("invalid_format"));
        api.patch("/api/tenants/" + id, anna, "{\"firstName\":\"\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").doesNotExist())
                .andExpect(jsonPath("$.preferredName").value("Jeannot"));
    }

    @Test
    void ids_answer_the_callers_tenants_among_them_and_volunteers_only_their_assigned_ones() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "ids-org");
        String assigned = api.register(anna, "{\"firstName\":\"Sara\",\"lastName\":\"B\",\"assignedVolunteers\":[\"vic\"]}");
        String other = api.register(anna, "{\"firstName\":\"Omar\",\"lastName\":\"A\"}");
        String erased = api.register(anna, "{\"firstName\":\"Gone\"}");
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/tenants/" + erased).with(anna)).andExpect(status().isNoContent());
        String elsewhere = api.register(user("bob", "staff", "ids-other-org"), "{\"firstName\":\"Hidden\"}");
        String ids = String.join(",", assigned, other, erased, elsewhere, UUID.randomUUID().toString());

        http.perform(get("/api/tenants?ids=" + ids).with(anna)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(other))
                .andExpect(jsonPath("$.items[0].firstName").value("Omar"))
                .andExpect(jsonPath("$.items[0].status").value("STREET"))
                .andExpect(jsonPath("$.items[1].id").value(assigned));
        http.perform(get("/api/tenants?ids=" + ids).with(user("vic", "volunteer", "ids-org")))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(assigned)));
        http.perform(get("/api/tenants?ids=" + ids).with(user("bob", "staff", "ids-other-org")))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(elsewhere)));

        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        http.perform(get("/api/tenants?ids=" + String.join(",", tooMany)).with(anna))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ids"))
                .andExpect(jsonPath("$.errors[0].code").value("too_many"));
        http.perform(get("/api/tenants?ids=" + assigned).with(user("fay", "facilitator", "ids-org")))
                .andExpect(status().isForbidden());
    }

    @Test
    void possible_duplicates_rank_the_same_birth_date_first_then_more_matching_words() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "matches-org");
        String samePerson = api.register(anna,
                "{\"firstName\":\"Mohamed\",\"lastName\":\"El Amrani\",\"birthDate\":\"1970-03-02\"}");
        String twoWords = api.register(anna, "{\"firstName\":\"Mohammed\",\"lastName\":\"Amrani\"}");
        String oneWord = api.register(anna, "{\"firstName\":\"Jean\",\"lastName\":\"Amrâni\"}");
        String byNickname = api.register(anna, "{\"preferredName\":\"Momo\",\"birthDate\":\"1970-03-02\"}");
        api.register(anna, "{\"firstName\":\"Nobody\",\"lastName\":\"Else\",\"birthDate\":\"1970-03-02\"}");
        api.register(user("bob", "staff", "matches-other-org"), "{\"firstName\":\"Mohamed\",\"lastName\":\"Amrani\"}");

        String body = http.perform(get("/api/tenants/matches?firstName=MOHAM&lastName=amrani&preferredName=mo"
                        + "&birthDate=1970-03-02").with(anna))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(samePerson))
                .andExpect(jsonPath("$.items[0].birthDate").value("1970-03-02"))
                .andExpect(jsonPath("$.items[0].status").value("STREET"))
                .andReturn().getResponse().getContentAsString();
        List<String> found = JsonPath.read(body, "$.items[*].id");
        assertThat(found).containsExactly(samePerson, byNickname, twoWords, oneWord);

        http.perform(get("/api/tenants/matches?lastName=amrani").with(user("bob", "staff", "matches-other-org")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(org.hamcrest.Matchers.not(samePerson)));
        http.perform(get("/api/tenants/matches?lastName=amrani").with(user("vic", "volunteer", "matches-org")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/tenants/matches").with(anna)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void at_most_five_possible_duplicates() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "many-matches-org");
        for (int i = 0; i < 7; i++) {
            api.register(anna, "{\"firstName\":\"Ali\",\"lastName\":\"Number" + i + "\"}");
        }
        http.perform(get("/api/tenants/matches?firstName=ali").with(anna))
                .andExpect(jsonPath("$.items.length()").value(5));
    }
}
