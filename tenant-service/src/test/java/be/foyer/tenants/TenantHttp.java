package be.foyer.tenants;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** The HTTP calls the tenant tests make over and over, with JSON bodies. */
final class TenantHttp {

    private final MockMvc http;

    TenantHttp(MockMvc http) {
        this.http = http;
    }

    ResultActions post(String url, RequestPostProcessor user, String json) throws Exception {
        return http.perform(MockMvcRequestBuilders.post(url).with(user)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions put(String url, RequestPostProcessor user, String json) throws Exception {
        return http.perform(
                MockMvcRequestBuilders.put(url).with(user)
                        .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions patch(String url, RequestPostProcessor user, String json) throws Exception {
        return http.perform(
                MockMvcRequestBuilders.patch(url).with(user)
                        .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Registers a tenant from a full JSON body; answers its id. */
    String register(RequestPostProcessor user, String json) throws Exception {
        String body = post("/api/tenants", user, json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String register(RequestPostProcessor user, String firstName, String lastName) throws Exception {
        return register(user, "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\"}");
    }

    /** Records a follow-up from a JSON body; answers its id. */
    String followUp(RequestPostProcessor user, String tenantId, String json) throws Exception {
        String body = post("/api/tenants/" + tenantId + "/follow-ups", user, json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
