package be.foyer.activities;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.foyer.platform.test.FoyerServiceTest;

/** The OpenAPI document the gateway serves as {@code /v3/api-docs/activity-service} describes every endpoint. */
@FoyerServiceTest
class ApiDocumentTest {

    @Autowired
    MockMvc http;

    @Test
    void the_openapi_document_lists_the_calendar_and_council_endpoints_without_a_token() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/activities'].get").exists())
                .andExpect(jsonPath("$.paths['/api/activities/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/activities/{id}/occurrences/{occurrenceId}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/activities/{id}/registrations/{registrationId}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/activities/{id}/attendance'].put").exists())
                .andExpect(jsonPath("$.paths['/api/activities/calendar-feed'].post").exists())
                .andExpect(jsonPath("$.paths['/api/calendar.ics'].get").exists())
                .andExpect(jsonPath("$.paths['/api/council/meetings/{id}/minutes'].put").exists())
                .andExpect(jsonPath("$.paths['/api/council/decisions/{decisionId}'].patch").exists());
    }
}
