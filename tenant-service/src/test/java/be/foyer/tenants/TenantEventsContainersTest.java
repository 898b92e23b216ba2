package be.foyer.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.EventCodec;
import be.foyer.events.Topics;
import be.foyer.platform.test.FoyerContainersTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

/** The outbox on a real MongoDB replica set and a real Kafka broker (where Docker runs). */
@FoyerContainersTest
class TenantEventsContainersTest {

    @Autowired
    MockMvc http;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void registering_a_tenant_publishes_TenantRegistered() throws Exception {
        String body = http.perform(post("/api/tenants").with(TestTokens.alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"Real\",\"lastName\":\"Servers\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        var record = new TopicProbe(kafka).await(Topics.TENANTS, r -> id.equals(r.key()), Duration.ofSeconds(60));
        assertThat(EventCodec.decode(record.value()).orElseThrow().type()).isEqualTo("TenantRegistered");
        assertThat(record.value()).doesNotContain("Servers");
    }

    @Test
    void an_erasure_on_real_servers_publishes_TenantErased_and_leaves_no_name_behind() throws Exception {
        String body = http.perform(post("/api/tenants").with(TestTokens.alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"Real\",\"lastName\":\"Erasure\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        http.perform(delete("/api/tenants/" + id).with(TestTokens.alice())).andExpect(status().isNoContent());

        var record = new TopicProbe(kafka).await(Topics.TENANTS, r -> id.equals(r.key())
                && EventCodec.decode(r.value()).map(e -> e.type().equals("TenantErased")).orElse(false),
                Duration.ofSeconds(60));
        assertThat(record.value()).doesNotContain("Erasure");
    }
}
