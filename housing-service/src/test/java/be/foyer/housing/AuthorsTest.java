package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.alice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;

/**
 * Records keep their author as {@code {id, name}} (the token subject and the name people read); pages get the name.
 * Documents written before, with a bare user id there, still read.
 */
@FoyerServiceTest
class AuthorsTest extends HousingApi {

    @Test
    void a_step_shows_who_recorded_it_by_name_and_keeps_their_id() throws Exception {
        String search = create(alice(), "/api/housing-searches", "{\"tenantId\":\"" + knownTenant("smes") + "\"}");
        postJson(alice(), "/api/housing-searches/" + search + "/steps", "{\"kind\":\"VISIT\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedBy").value(TestTokens.nameOf("alice")));
        getAs(alice(), "/api/housing-searches/" + search)
                .andExpect(jsonPath("$.steps[0].recordedBy").value("Alice Test"));

        Document stored = database.getCollection("housing_searches").find(Filters.eq("_id", search)).first();
        Document author = new Document("id", TestTokens.subjectOf("alice")).append("name", "Alice Test");
        assertThat(stored.get("openedBy")).isEqualTo(author);
        assertThat(stored.getList("steps", Document.class).get(0).get("recordedBy")).isEqualTo(author);
    }

    @Test
    void every_record_has_its_author_and_records_written_with_a_bare_id_still_read() throws Exception {
        String site = site(alice(), "Maison Ginkgo", "GROUPED_SOLIDARITY");
        String dwelling = dwellingOnSite(alice(), site, 2);
        String tenant = knownTenant("smes");
        String search = create(alice(), "/api/housing-searches", "{\"tenantId\":\"" + tenant + "\"}");
        create(alice(), "/api/housing-searches/" + search + "/steps", "{\"kind\":\"OFFER\"}");
        String tenancy = moveIn(alice(), tenant, dwelling, TODAY);
        Document author = new Document("id", TestTokens.subjectOf("alice")).append("name", "Alice Test");
        assertThat(field("sites", site, "registeredBy")).isEqualTo(author);
        assertThat(field("dwellings", dwelling, "registeredBy")).isEqualTo(author);
        assertThat(field("tenancies", tenancy, "startedBy")).isEqualTo(author);

        String before = "0b7c1e9e-former-subject";
        bare("sites", site, "registeredBy", before);
        bare("dwellings", dwelling, "registeredBy", before);
        bare("tenancies", tenancy, "startedBy", before);
        bare("housing_searches", search, "openedBy", before);
        bare("housing_searches", search, "steps.0.recordedBy", before);

        getAs(alice(), "/api/sites/" + site).andExpect(status().isOk());
        getAs(alice(), "/api/dwellings/" + dwelling).andExpect(status().isOk())
                .andExpect(jsonPath("$.tenancies[0].id").value(tenancy));
        getAs(alice(), "/api/tenancies/" + tenancy).andExpect(status().isOk());
        getAs(alice(), "/api/housing-searches/" + search).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[0].recordedBy").value(before));
    }

    private Object field(String collection, String id, String name) {
        return database.getCollection(collection).find(Filters.eq("_id", id)).first().get(name);
    }

    private void bare(String collection, String id, String field, String value) {
        database.getCollection(collection).updateOne(Filters.eq("_id", id), Updates.set(field, value));
    }
}
