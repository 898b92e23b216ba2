package be.foyer.activities.council;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.chloe;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.nameOf;
import static be.foyer.platform.test.TestTokens.subjectOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.platform.test.FoyerServiceTest;

/** Issue 14: who planned, proposed and linked is kept as {id, name}; pages read the name, old bare ids still read. */
@FoyerServiceTest
class CouncilAuthorsApiTest extends ActivityTestSupport {

    @Autowired
    MongoDatabase database;

    @Test
    void meetings_agenda_items_and_links_show_their_authors_names_and_keep_their_ids() throws Exception {
        String meeting = JsonPath.read(http.perform(post("/api/council/meetings").with(farid())
                .contentType(MediaType.APPLICATION_JSON).content("{\"start\":\"2038-03-03T18:00\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        http.perform(post("/api/council/meetings/" + meeting + "/agenda-items").with(alice())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Les vélos\"}"))
                .andExpect(status().isCreated());
        String decision = JsonPath.read(http.perform(post("/api/council/meetings/" + meeting + "/decisions")
                .with(farid()).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Un local vélo\","
                        + "\"votesFor\":5,\"votesAgainst\":0,\"abstentions\":1,\"ownerOrganisation\":\"smes\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        http.perform(post("/api/council/decisions/" + decision + "/links").with(chloe())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"HOUSE_RULE\",\"siteName\":\"Rue Haute\",\"description\":\"Vélos dans la cour\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.links[0].linkedBy").value(nameOf("chloe")));

        http.perform(get("/api/council/meetings/" + meeting).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facilitator").value(nameOf("farid")))
                .andExpect(jsonPath("$.agenda[0].proposedBy").value(nameOf("alice")));
        Document stored = database.getCollection(CouncilStore.COLLECTION).find(Filters.eq("_id", meeting)).first();
        assertThat(stored.get("facilitator", Document.class))
                .isEqualTo(new Document("id", subjectOf("farid")).append("name", nameOf("farid")));

        // a meeting stored before authors had names kept the bare user id: it reads as both
        database.getCollection(CouncilStore.COLLECTION).updateOne(Filters.eq("_id", meeting),
                Updates.combine(Updates.set("facilitator", "legacy-user-id"),
                        Updates.set("agenda.0.proposedBy", "legacy-worker-id")));
        http.perform(get("/api/council/meetings/" + meeting).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facilitator").value("legacy-user-id"))
                .andExpect(jsonPath("$.agenda[0].proposedBy").value("legacy-worker-id"));
    }
}
