package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.nameOf;
import static be.foyer.platform.test.TestTokens.subjectOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.platform.test.FoyerServiceTest;

/**
 * Authors, the one rule: records keep the author's id (token subject) and name, views show the name under the
 * field's usual name, and records stored with a bare username still read, that username shown.
 */
@FoyerServiceTest
class AuthorsTest {

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
    void a_record_keeps_the_author_s_id_and_name_and_pages_show_the_name() throws Exception {
        String tenant = api.register(alice(), "Ada", "Author");
        String followUp = api.followUp(alice(), tenant, "{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":30}");

        Document stored = database.getCollection("follow_ups").find(Filters.eq("_id", followUp)).first();
        assertThat(stored.get("recordedBy", Document.class))
                .containsEntry("id", subjectOf("alice")).containsEntry("name", nameOf("alice"));
        Document file = database.getCollection("tenants").find(Filters.eq("_id", tenant)).first();
        assertThat(file.get("registeredBy", Document.class)).containsEntry("id", subjectOf("alice"));

        http.perform(get("/api/tenants/" + tenant + "/follow-ups/" + followUp).with(alice()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recordedBy").value(nameOf("alice")));
        http.perform(get("/api/tenants/" + tenant).with(alice()))
                .andExpect(jsonPath("$.registeredBy").value(nameOf("alice")))
                .andExpect(jsonPath("$.statusHistory[0].changedBy").value(nameOf("alice")));
    }

    @Test
    void a_record_stored_with_a_bare_username_still_reads_with_that_username() throws Exception {
        String tenant = api.register(alice(), "Otto", "Older");
        String id = UUID.randomUUID().toString();
        database.getCollection("follow_ups").insertOne(new Document("_id", id).append("organisation", "smes")
                .append("tenantId", tenant).append("date", "2025-03-01").append("status", "DONE")
                .append("mode", "PHONE").append("durationMinutes", 20).append("domains", List.of())
                .append("recordedBy", "alice").append("recordedAt", new Date())
                .append("corrections", List.of(new Document("correctedAt", new Date()).append("correctedBy", "bea"))));

        http.perform(get("/api/tenants/" + tenant + "/follow-ups/" + id).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recordedBy").value("alice"))
                .andExpect(jsonPath("$.corrections[0].correctedBy").value("bea"));
    }
}
