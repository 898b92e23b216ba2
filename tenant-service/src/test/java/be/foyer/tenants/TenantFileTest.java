package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.nameOf;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.platform.domain.RuleViolationException;
import be.foyer.platform.security.Caller;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.domain.Author;
import be.foyer.tenants.tenant.FileAccess;
import be.foyer.tenants.tenant.StatusChange;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantService;
import be.foyer.tenants.tenant.TenantStatus;

/** The tenant file: its fields, the national register number, search, status and partial updates. */
@FoyerServiceTest
class TenantFileTest {

    static final String FULL = """
            {"firstName":" Hélène ","lastName":"Dubois","preferredName":"Lena","birthDate":"1985-07-30",
             "languages":["fr","ar"],"phone":"+32 470 12 34 56","whatsApp":"0470/12.34.56",
             "household":{"adults":1,"children":2},"referentWorkers":["Anna"],"assignedVolunteers":["eva"],
             "nationalRegisterNumber":"85.07.30-033.28","status":"SEARCHING"}""";

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Autowired
    TenantService tenants;

    @Autowired
    FileAccess access;

    TenantHttp api;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    @Test
    void a_full_file_is_read_back_with_the_number_formatted_and_its_first_status() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "file-org");
        String id = api.register(anna, FULL);

        http.perform(get("/api/tenants/" + id).with(anna))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Hélène"))
                .andExpect(jsonPath("$.preferredName").value("Lena"))
                .andExpect(jsonPath("$.languages.length()").value(2))
                .andExpect(jsonPath("$.household.children").value(2))
                .andExpect(jsonPath("$.referentWorkers[0]").value("anna"))
                .andExpect(jsonPath("$.nationalRegisterNumber").value("85.07.30-033.28"))
                .andExpect(jsonPath("$.status").value("SEARCHING"))
                .andExpect(jsonPath("$.statusHistory[0].status").value("SEARCHING"))
                .andExpect(jsonPath("$.statusHistory[0].changedBy").value(nameOf("anna")));

        Document stored = database.getCollection("tenants").find(Filters.eq("_id", id)).first();
        assertThat(stored.getString("nationalRegisterNumber")).as("stored sealed")
                .isNotBlank().doesNotContain("85073003328").doesNotContain("033");
        assertThat(stored.toJson()).doesNotContain("85073003328").doesNotContain("85.07.30");
    }

    @Test
    void the_national_register_number_never_appears_in_lists() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "list-nrn-org");
        api.register(anna, FULL);

        String list = http.perform(get("/api/tenants").with(anna)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].firstName").value("Hélène"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("nationalRegisterNumber").doesNotContain("033.28").doesNotContain("85073");
    }

    @Test
    void a_wrong_check_digit_answers_400_naming_the_field_and_stores_nothing() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "nrn-org");
        long keys = database.getCollection("tenant_keys").countDocuments();

        api.post("/api/tenants", anna, FULL.replace("033.28", "033.29"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nationalRegisterNumber"));

        assertThat(database.getCollection("tenants").countDocuments(Filters.eq("organisation", "nrn-org"))).isZero();
        assertThat(database.getCollection("tenant_keys").countDocuments()).isEqualTo(keys);
    }

    @Test
    void impossible_births_and_bad_contacts_name_their_field() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "birth-org");
        api.post("/api/tenants", anna, "{\"firstName\":\"A\",\"lastName\":\"B\",\"birthDate\":\"2999-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("birthDate"));
        api.post("/api/tenants", anna, "{\"firstName\":\"A\",\"lastName\":\"B\",\"birthDate\":\"1980-01-01\","
                + "\"birthYear\":1981}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("birthYear"));
        api.post("/api/tenants", anna, "{\"firstName\":\"A\",\"lastName\":\"B\",\"phone\":\"call me\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phone"));
        api.post("/api/tenants", anna, "{\"firstName\":\"A\",\"lastName\":\"B\",\"household\":{\"adults\":0,"
                + "\"children\":1}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("household.adults"));
        api.post("/api/tenants", anna, "{\"firstName\":\"A\",\"lastName\":\"B\",\"status\":\"ASLEEP\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("SEARCHING")));

        assertThat(database.getCollection("tenants").countDocuments(Filters.eq("organisation", "birth-org"))).isZero();
    }

    @Test
    void search_ignores_accents_and_case_and_combines_with_the_status_filter() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "search-org");
        api.register(anna, "{\"firstName\":\"Hélène\",\"lastName\":\"Dubois\",\"status\":\"HOUSED\"}");
        api.register(anna, "{\"firstName\":\"Helene\",\"lastName\":\"Martin\",\"status\":\"STREET\"}");
        api.register(anna, "{\"firstName\":\"Zoë\",\"lastName\":\"Lefèvre\"}");
        api.register(user("other", "staff", "elsewhere-org"), "{\"firstName\":\"Hélène\",\"lastName\":\"Other\"}");

        http.perform(get("/api/tenants?q=helene").with(anna))
                .andExpect(jsonPath("$.total").value(2));
        http.perform(get("/api/tenants?q=HÉLÈNE dub").with(anna))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lastName").value("Dubois"));
        http.perform(get("/api/tenants?q=lefevre").with(anna))
                .andExpect(jsonPath("$.items[0].firstName").value("Zoë"));
        http.perform(get("/api/tenants?q=helene&status=STREET").with(anna))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lastName").value("Martin"));
        http.perform(get("/api/tenants?q=.*").with(anna))
                .andExpect(jsonPath("$.total").value(0));
        http.perform(get("/api/tenants?status=SLEEPING").with(anna))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void a_patch_changes_only_the_fields_sent_and_keeps_the_status_history() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "patch-org");
        String id = api.register(anna, FULL);

        api.patch("/api/tenants/" + id, anna, "{\"phone\":\"\",\"status\":\"HOUSED\",\"languages\":[\"nl\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.whatsApp").value("0470/12.34.56"))
                .andExpect(jsonPath("$.languages[0]").value("nl"))
                .andExpect(jsonPath("$.status").value("HOUSED"))
                .andExpect(jsonPath("$.statusHistory.length()").value(2))
                .andExpect(jsonPath("$.statusHistory[1].status").value("HOUSED"));
        http.perform(get("/api/tenants?q=hélène").with(anna))
                .andExpect(jsonPath("$.items[0].status").value("HOUSED"));
    }

    @Test
    void a_bad_patch_changes_nothing() throws Exception {
        RequestPostProcessor anna = user("anna", "staff", "bad-patch-org");
        String id = api.register(anna, FULL);
        Document before = withoutOutbox(id);

        api.patch("/api/tenants/" + id, anna, "{\"lastName\":\"Changed\",\"nationalRegisterNumber\":\"85073003300\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nationalRegisterNumber"));
        api.patch("/api/tenants/" + id, anna, "{\"lastName\":\"Changed\",\"status\":\"RELAYED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("/relays")));
        api.patch("/api/tenants/" + id, anna, "{\"firstName\":\"  \",\"preferredName\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("firstName"));

        assertThat(withoutOutbox(id)).isEqualTo(before);
    }

    /** The stored file without the outbox, which the relay empties in the background. */
    Document withoutOutbox(String id) {
        Document document = database.getCollection("tenants").find(Filters.eq("_id", id)).first();
        document.remove("outbox");
        return document;
    }

    @Test
    void two_workers_saving_the_same_version_cannot_overwrite_each_other() throws Exception {
        String id = api.register(user("anna", "staff", "race-org"), "Raced", "Person");
        Caller anna = new Caller("anna-id", "anna", "Anna", "race-org", Set.of("staff"));
        Tenant read = access.open(anna, id);
        Tenant housed = read.withStatus(new StatusChange(TenantStatus.HOUSED, LocalDate.now(), anna.author(), Instant.now()));
        Tenant exited = read.withStatus(new StatusChange(TenantStatus.EXITED, LocalDate.now(), new Author("bob-id", "bob"), Instant.now()));

        tenants.save(read, housed, List.of());
        assertThatThrownBy(() -> tenants.save(read, exited, List.of())).isInstanceOf(RuleViolationException.class);

        assertThat(access.open(anna, id).status()).isEqualTo(TenantStatus.HOUSED);
    }
}
