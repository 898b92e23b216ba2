package be.foyer.web.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;


/** Tokens are refreshed at Keycloak (WireMock here too) before they expire. */
class TokenRefreshTest extends ProbePageTest {

    private static final String TOKEN_PATH = "/realms/foyer/protocol/openid-connect/token";

    @Test
    void aTokenExpiringWithinAMinuteIsRefreshedBeforeTheCall() throws Exception {
        API.stubFor(post(TOKEN_PATH).willReturn(okJson("""
                {"access_token":"refreshed-access-token","token_type":"Bearer","expires_in":300,
                 "refresh_token":"refresh-token-2","scope":"openid organization"}""")));
        API.stubFor(get("/api/tenants/t-1").willReturn(okJson("{\"id\":\"t-1\",\"firstName\":\"Marc\"}")));

        mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-1")
                        .with(signedIn(Duration.ofSeconds(30), "alice", "smes", "staff")))
                .andExpect(status().isOk());

        API.verify(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=" + refreshToken("alice"))));
        API.verify(getRequestedFor(urlEqualTo("/api/tenants/t-1"))
                .withHeader("Authorization", equalTo("Bearer refreshed-access-token")));
    }

    @Test
    void aTokenValidForLongerIsNotRefreshed() throws Exception {
        API.stubFor(get("/api/tenants/t-1").willReturn(okJson("{\"id\":\"t-1\",\"firstName\":\"Marc\"}")));
        mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-1")
                        .with(signedIn(Duration.ofMinutes(3), "alice", "smes", "staff")))
                .andExpect(status().isOk());
        API.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void aRefusedRefreshSignsInAgainOnTheSamePage() throws Exception {
        API.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}")));
        mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-1")
                        .with(signedIn(Duration.ofSeconds(10), "alice", "smes", "staff")))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/probe/tenants/t-1"));
        API.verify(0, getRequestedFor(urlEqualTo("/api/tenants/t-1")));
    }
}
