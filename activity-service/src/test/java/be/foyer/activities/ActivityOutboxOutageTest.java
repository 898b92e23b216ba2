package be.foyer.activities;

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
class ActivityOutboxOutageTest extends OutboxScenarios {

    @Autowired
    MockMvc http;

    @Override
    protected String write() throws Exception {
        String body = http.perform(post("/api/activities").with(TestTokens.farid()).contentType(MediaType.APPLICATION_JSON)
                        .content(ActivityApiTest.activity("Offline workshop", "WORKSHOP", "FEDERATION",
                                "2026-12-03T14:00", "2026-12-03T16:00", 8)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Override
    protected String topic() {
        return Topics.ACTIVITIES;
    }

    @Override
    protected String eventType() {
        return "ActivityScheduled";
    }

    @Override
    protected String outboxCollection() {
        return "activities";
    }
}
