package be.foyer.housing;

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
class DwellingOutboxOutageTest extends OutboxScenarios {

    @Autowired
    MockMvc http;

    @Override
    protected String write() throws Exception {
        String body = http.perform(post("/api/dwellings").with(TestTokens.hugo()).contentType(MediaType.APPLICATION_JSON)
                        .content(DwellingApiTest.dwelling("Rue du Progrès", "1030", "Schaerbeek", "KANGAROO", 3)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Override
    protected String topic() {
        return Topics.HOUSING;
    }

    @Override
    protected String eventType() {
        return "DwellingRegistered";
    }

    @Override
    protected String outboxCollection() {
        return "dwellings";
    }
}
