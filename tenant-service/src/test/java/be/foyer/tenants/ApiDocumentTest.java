package be.foyer.tenants;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.foyer.platform.test.FoyerServiceTest;

/** The OpenAPI document the gateway serves as {@code /v3/api-docs/tenant-service} describes every endpoint. */
@FoyerServiceTest
class ApiDocumentTest {

    @Autowired
    MockMvc http;

    @Test
    void the_openapi_document_lists_the_tenant_endpoints_without_a_token() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/tenants'].post").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{id}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{tenantId}/follow-ups'].post").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{tenantId}/support-plan'].put").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{tenantId}/consents'].put").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{tenantId}/relays'].post").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{tenantId}/export'].get").exists())
                .andExpect(jsonPath("$.paths['/api/tenants/{tenantId}/reads'].get").exists())
                .andExpect(jsonPath("$.paths['/api/places'].get").exists());
    }
}
