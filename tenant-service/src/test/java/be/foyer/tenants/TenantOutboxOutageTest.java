package be.foyer.tenants;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.Topics;
import be.foyer.platform.test.FoyerKafkaOutageTest;
import be.foyer.platform.test.OutboxScenarios;
import be.foyer.platform.test.TestTokens;

@FoyerKafkaOutageTest
class TenantOutboxOutageTest extends OutboxScenarios {

    @Autowired
    MockMvc http;

    @Override
    protected String write() throws Exception {
        String body = http.perform(post("/api/tenants").with(TestTokens.alice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"Offline\",\"lastName\":\"Write\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Override
    protected String topic() {
        return Topics.TENANTS;
    }

    @Override
    protected String eventType() {
        return "TenantRegistered";
    }

    @Override
    protected String outboxCollection() {
        return "tenants";
    }
}
