package be.foyer.housing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.foyer.platform.test.FoyerServiceTest;

/** The OpenAPI document the gateway serves as {@code /v3/api-docs/housing-service} describes every endpoint. */
@FoyerServiceTest
class ApiDocumentTest {

    @Autowired
    MockMvc http;

    @Test
    void the_openapi_document_lists_the_housing_endpoints_without_a_token() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/sites'].post").exists())
                .andExpect(jsonPath("$.paths['/api/sites/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/dwellings/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/tenancies/{id}/end'].post").exists())
                .andExpect(jsonPath("$.paths['/api/housing-searches/{id}/steps'].post").exists())
                .andExpect(jsonPath("$.paths['/api/housing-searches/{id}/close'].post").exists());
    }
}
