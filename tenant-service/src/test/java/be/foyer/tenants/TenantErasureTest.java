package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.EventCodec;
import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantErased;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;
import be.foyer.tenants.protection.DataKeys;
import be.foyer.tenants.protection.ProtectedText;

/** The right to erasure: the data key destroyed, the personal fields removed, other services told. */
@FoyerServiceTest
class TenantErasureTest {

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Autowired
    DataKeys keys;

    @Autowired
    ProtectedText texts;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    TenantHttp api;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    @Test
    void after_erasure_the_file_is_gone_and_what_stays_in_the_database_cannot_be_decrypted() throws Exception {
        String id = api.register(alice(), "{\"firstName\":\"Erika\",\"lastName\":\"Vergeten\","
                + "\"phone\":\"0470 99 88 77\",\"nationalRegisterNumber\":\"85.07.30-033.28\"}");
        api.followUp(alice(), id, "{\"date\":\"2026-01-05\",\"mode\":\"OFFICE\",\"durationMinutes\":30,"
                + "\"note\":\"Wants to move closer to her sister\",\"healthNote\":\"Asthma treatment\"}");
        api.put("/api/tenants/" + id + "/support-plan", alice(),
                "{\"goals\":[{\"domain\":\"FAMILY\",\"description\":\"See her sister monthly\"}]}")
                .andExpect(status().isOk());
        Document followUp = database.getCollection("follow_ups").find(Filters.eq("tenantId", id)).first();
        String sealedNote = followUp.getString("note");
        assertThat(texts.open(id, sealedNote)).as("readable before").isEqualTo("Wants to move closer to her sister");

        http.perform(delete("/api/tenants/" + id).with(alice())).andExpect(status().isNoContent());

        for (String path : new String[] {"", "/export", "/follow-ups", "/support-plan", "/consents"}) {
            http.perform(get("/api/tenants/" + id + path).with(alice())).andExpect(status().isNotFound());
        }
        http.perform(delete("/api/tenants/" + id).with(alice())).andExpect(status().isNotFound());
        http.perform(get("/api/tenants?q=erika").with(alice()))
                .andExpect(jsonPath("$.total").value(0));

        Document tenant = database.getCollection("tenants").find(Filters.eq("_id", id)).first();
        assertThat(tenant.getBoolean("erased")).isTrue();
        assertThat(tenant.toJson()).doesNotContain("Erika").doesNotContain("Vergeten").doesNotContain("99 88 77")
                .doesNotContain("nationalRegisterNumber");

        Document after = database.getCollection("follow_ups").find(Filters.eq("tenantId", id)).first();
        assertThat(after.getString("note")).as("the ciphertext is still there").isEqualTo(sealedNote);
        assertThat(after.toJson()).doesNotContain("sister").doesNotContain("Asthma");
        assertThat(after.getInteger("durationMinutes")).as("anonymous facts stay").isEqualTo(30);
        String plan = database.getCollection("support_plan_revisions").find(Filters.eq("tenantId", id)).first().toJson();
        assertThat(plan).doesNotContain("sister");

        assertThat(database.getCollection("tenant_keys").countDocuments(Filters.eq("_id", id))).as("key destroyed")
                .isZero();
        assertThat(keys.find(id)).isEmpty();
        String other = api.register(alice(), "Someone", "Else");
        assertThatThrownBy(() -> texts.open(other, sealedNote)).as("no other key opens it")
                .isInstanceOf(IllegalStateException.class);

        var record = new TopicProbe(kafka).await(Topics.TENANTS, r -> id.equals(r.key())
                && EventCodec.decode(r.value()).map(e -> e.payload() instanceof TenantErased).orElse(false),
                Duration.ofSeconds(30));
        assertThat(record.value()).doesNotContain("Erika").doesNotContain("Vergeten");
    }

    @Test
    void erasure_is_for_staff_and_coordinators_of_the_organisation() throws Exception {
        String id = api.register(alice(), "Kept", "Safe");

        http.perform(delete("/api/tenants/" + id).with(bruno()))
                .andExpect(status().isNotFound());
        http.perform(delete("/api/tenants/" + id).with(farid()))
                .andExpect(status().isForbidden());

        http.perform(get("/api/tenants/" + id).with(alice())).andExpect(status().isOk());
        assertThat(keys.find(id)).isPresent();
    }
}
