package be.foyer.activities.calendar;

import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.platform.test.FoyerServiceTest;

/** Feed links expire, are listed and revoked one by one, and stop with their owner's role or organisation. */
@FoyerServiceTest
class FeedLinksTest extends ActivityTestSupport {

    @Autowired
    MongoDatabase database;

    /** A user of their own for each test: feeds are per user, and other tests make feeds too. */
    private static String someone() {
        return "feed-owner-" + UUID.randomUUID();
    }

    private record Made(String url, String id) {
    }

    private Made create(RequestPostProcessor owner, String body) throws Exception {
        String answer = http.perform(post("/api/activities/calendar-feed").with(owner)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new Made(JsonPath.read(answer, "$.url"), JsonPath.read(answer, "$.id"));
    }

    private MongoCollection<Document> feeds() {
        return database.getCollection("calendar_feeds");
    }

    private void setDate(Made link, String field, Instant at) {
        feeds().updateOne(Filters.eq("linkId", link.id()), Updates.set(field, Date.from(at)));
    }

    private void answersUnknown(Made link) throws Exception {
        http.perform(get(link.url())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_link_expires_a_year_after_it_was_made_and_then_answers_as_an_unknown_one() throws Exception {
        RequestPostProcessor owner = user(someone(), "staff", "smes");
        String answer = http.perform(post("/api/activities/calendar-feed").with(owner))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Instant created = Instant.parse(JsonPath.read(answer, "$.createdAt"));
        assertThat(Instant.parse(JsonPath.<String>read(answer, "$.expiresAt")))
                .isEqualTo(created.plus(Duration.ofDays(365)));
        Made link = new Made(JsonPath.read(answer, "$.url"), JsonPath.read(answer, "$.id"));
        http.perform(get(link.url())).andExpect(status().isOk());

        setDate(link, "expiresAt", Instant.now().minusSeconds(1));

        answersUnknown(link);
        http.perform(get("/api/activities/calendar-feed/links").with(owner))
                .andExpect(jsonPath("$.items[0].id").value(link.id()))
                .andExpect(jsonPath("$.items[0].status").value("EXPIRED"));
        http.perform(get("/api/activities/calendar-feed").with(owner)).andExpect(jsonPath("$.active").value(0));
    }

    @Test
    void owners_list_their_links_without_the_secret_and_revoke_them_one_by_one() throws Exception {
        String name = someone();
        RequestPostProcessor owner = user(name, "staff", "smes");
        Made phone = create(owner, "{\"label\":\"Téléphone\",\"followCouncil\":true}");
        Made office = create(owner, "{\"label\":\"Bureau\"}");
        http.perform(get(phone.url())).andExpect(status().isOk());
        String token = office.url().substring(office.url().indexOf("token=") + "token=".length());

        String list = http.perform(get("/api/activities/calendar-feed/links?page=0&size=1").with(owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(office.id()))
                .andExpect(jsonPath("$.items[0].label").value("Bureau"))
                .andExpect(jsonPath("$.items[0].followCouncil").value(false))
                .andExpect(jsonPath("$.items[0].lastUsedAt").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.items[0].status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(token).doesNotContain("url").doesNotContain("token");
        http.perform(get("/api/activities/calendar-feed/links?page=1&size=1").with(owner))
                .andExpect(jsonPath("$.items[0].id").value(phone.id()))
                .andExpect(jsonPath("$.items[0].label").value("Téléphone"))
                .andExpect(jsonPath("$.items[0].followCouncil").value(true))
                .andExpect(jsonPath("$.items[0].lastUsedAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].createdAt").isNotEmpty())
                .andExpect(jsonPath("$.items[0].expiresAt").isNotEmpty());
        http.perform(get("/api/activities/calendar-feed/links?size=101").with(owner))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));

        // a colleague of the same organisation, another organisation's worker: not found, nothing revoked
        RequestPostProcessor colleague = user(someone(), "staff", "smes");
        http.perform(delete("/api/activities/calendar-feed/links/" + phone.id()).with(colleague))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(delete("/api/activities/calendar-feed/links/" + phone.id()).with(bruno()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/activities/calendar-feed/links").with(colleague))
                .andExpect(jsonPath("$.total").value(0));
        http.perform(delete("/api/activities/calendar-feed/links/" + phone.id()).with(gina()))
                .andExpect(status().isForbidden());
        http.perform(get("/api/activities/calendar-feed/links").with(gina())).andExpect(status().isForbidden());
        http.perform(get("/api/activities/calendar-feed/links")).andExpect(status().isUnauthorized());
        http.perform(get(phone.url())).andExpect(status().isOk());

        http.perform(delete("/api/activities/calendar-feed/links/" + phone.id()).with(owner))
                .andExpect(status().isNoContent());
        answersUnknown(phone);
        http.perform(get(office.url())).andExpect(status().isOk());
        http.perform(delete("/api/activities/calendar-feed/links/" + phone.id()).with(owner))
                .andExpect(status().isNotFound());
        http.perform(get("/api/activities/calendar-feed/links").with(owner))
                .andExpect(jsonPath("$.total").value(1));

        // revoking all stays
        http.perform(delete("/api/activities/calendar-feed").with(owner)).andExpect(status().isNoContent());
        answersUnknown(office);
    }

    @Test
    void a_label_too_long_or_with_control_characters_is_refused_and_nothing_is_made() throws Exception {
        RequestPostProcessor owner = user(someone(), "volunteer", "smes");
        http.perform(post("/api/activities/calendar-feed").with(owner).contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"" + "x".repeat(61) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.errors[0].code").value("too_long"));
        http.perform(post("/api/activities/calendar-feed").with(owner).contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"Phone\\u202Eenohp\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("forbidden_character"));
        http.perform(get("/api/activities/calendar-feed/links").with(owner)).andExpect(jsonPath("$.total").value(0));
        // the role is checked before the body
        http.perform(post("/api/activities/calendar-feed").with(gina()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"label\":\"" + "x".repeat(61) + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_link_is_suspended_for_good_once_its_owner_is_seen_without_a_role_that_allows_it() throws Exception {
        String name = someone();
        Made link = create(user(name, "staff", "smes"), "{}");
        // another role that may have feeds keeps it
        http.perform(get("/api/activities").with(user(name, "volunteer", "smes"))).andExpect(status().isOk());
        http.perform(get(link.url())).andExpect(status().isOk());

        // seen with only the analyst's role (refused there, but seen)
        http.perform(get("/api/activities/calendar-feed/links").with(user(name, "federation-analyst", "smes")))
                .andExpect(status().isForbidden());

        answersUnknown(link);
        http.perform(get("/api/activities/calendar-feed/links").with(user(name, "staff", "smes")))
                .andExpect(jsonPath("$.items[0].status").value("SUSPENDED"));
        answersUnknown(link);
    }

    @Test
    void a_link_is_suspended_once_its_owner_is_seen_outside_its_organisation() throws Exception {
        String name = someone();
        Made smes = create(user(name, "coordinator", "smes"), "{}");
        Made diogenes = create(user(name, "coordinator", "diogenes"), "{}");

        http.perform(get("/api/activities").with(user(name, "coordinator", "diogenes"))).andExpect(status().isOk());

        answersUnknown(smes);
        http.perform(get(diogenes.url())).andExpect(status().isOk());
        // a member of both keeps both, whichever organisation they act for
        String answer = http.perform(post("/api/activities/calendar-feed")
                .with(user(name, "coordinator", "smes", "diogenes")).header("X-Organisation", "smes"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        http.perform(get("/api/activities").with(user(name, "coordinator", "smes", "diogenes"))
                .header("X-Organisation", "diogenes")).andExpect(status().isOk());
        http.perform(get(JsonPath.<String>read(answer, "$.url"))).andExpect(status().isOk());
        http.perform(get(diogenes.url())).andExpect(status().isOk());
    }

    @Test
    void a_link_pauses_while_its_owner_is_unseen_and_answers_again_once_they_sign_in() throws Exception {
        String name = someone();
        Made link = create(user(name, "facilitator", "smes"), "{}");
        setDate(link, "ownerSeenAt", Instant.now().minus(Duration.ofDays(31)));

        answersUnknown(link);

        http.perform(get("/api/activities").with(user(name, "facilitator", "smes"))).andExpect(status().isOk());
        http.perform(get(link.url())).andExpect(status().isOk());
        assertThat(feeds().find(Filters.eq("linkId", link.id())).first().getDate("ownerSeenAt").toInstant())
                .isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void a_feed_made_before_links_were_listed_gets_an_id_and_a_lifetime_from_its_creation() throws Exception {
        String name = someone();
        RequestPostProcessor owner = user(name, "staff", "smes");
        Instant created = Instant.now().minus(Duration.ofDays(10));
        feeds().insertOne(new Document("_id", "legacy-" + name)
                .append("userId", be.foyer.platform.test.TestTokens.subjectOf(name))
                .append("organisation", "smes").append("roles", List.of("staff"))
                .append("followCouncil", false).append("createdAt", Date.from(created)));

        String list = http.perform(get("/api/activities/calendar-feed/links").with(owner))
                .andExpect(jsonPath("$.items[0].status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(list, "$.items[0].id");
        assertThat(Instant.parse(JsonPath.<String>read(list, "$.items[0].expiresAt")))
                .isEqualTo(created.plus(Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        http.perform(get("/api/activities/calendar-feed/links").with(owner))
                .andExpect(jsonPath("$.items[0].id").value(id));
        http.perform(delete("/api/activities/calendar-feed/links/" + id).with(owner)).andExpect(status().isNoContent());
        assertThat(feeds().find(Filters.eq("_id", "legacy-" + name)).first()).isNull();
    }
}
