package be.foyer.web.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.http.Fault;


/** ApiClient and the error pages, through ProbeController (a page written as the README says). */
class ApiPagesTest extends ProbePageTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theUsersOwnTokenReachesTheApiAsBearer() throws Exception {
        API.stubFor(get("/api/tenants/t-1").willReturn(okJson("{\"id\":\"t-1\",\"firstName\":\"Hélène\"}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-1").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hélène");
        API.verify(getRequestedFor(urlEqualTo("/api/tenants/t-1"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("alice"))));
    }

    @Test
    void notFoundInTheApiIsTheNotFoundPage() throws Exception {
        API.stubFor(get("/api/tenants/other-org").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\":404,\"title\":\"Not Found\"}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/other-org").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Page introuvable").contains("<title>Page introuvable – Foyer</title>");
    }

    @Test
    void forbiddenInTheApiIsTheNotAllowedPage() throws Exception {
        API.stubFor(get("/api/tenants/t-2").willReturn(aResponse().withStatus(403).withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\":403}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-2").with(signedIn("eva", "habitat-et-humanisme", "volunteer")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Accès non autorisé");
    }

    @Test
    void aServiceDownIsTheUnavailablePageNamingIt() throws Exception {
        API.stubFor(get("/api/tenants/t-1").willReturn(aResponse().withStatus(503).withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\":503,\"detail\":\"tenant-service is unavailable\"}")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-1").with(signedIn("alice", "smes", "staff"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("People&#39;s files are temporarily unavailable.").contains("Nothing you typed is lost");
    }

    @Test
    void theGatewayUnreachableIsTheUnavailablePageToo() throws Exception {
        API.stubFor(get("/api/tenants/t-1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String page = mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-1").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Les dossiers des personnes sont momentanément indisponibles.");
    }

    @Test
    void anHtmxRequestGetsTheErrorSwappedIntoTheMainContent() throws Exception {
        API.stubFor(get("/api/tenants/gone").willReturn(aResponse().withStatus(404)));
        mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/gone").with(signedIn("alice", "smes", "staff"))
                        .header("HX-Request", "true"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("HX-Retarget", "#main-content"))
                .andExpect(header().string("HX-Reselect", "#main-content > *"));
    }

    @Test
    void a401FromTheApiEndsTheSessionAndSignsInAgainOnTheSamePage() throws Exception {
        API.stubFor(get("/api/tenants/t-1").willReturn(aResponse().withStatus(401)));
        var session = mvc.perform(MockMvcRequestBuilders.get("/probe/tenants/t-1").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/probe/tenants/t-1"))
                .andReturn().getRequest().getSession(false);
        assertThat(session == null || ((org.springframework.mock.web.MockHttpSession) session).isInvalid()).isTrue();
    }

    @Test
    void validationErrorsShowInTheSummaryAndBesideEachFieldWithWhatWasTyped() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(422).withHeader("Content-Type", PROBLEM)
                .withBody("""
                        {"status":422,"detail":"Invalid tenant","errors":[
                          {"field":"firstName","code":"required","message":"must not be blank"},
                          {"field":"birthDate","code":"in_future","message":"must be in the past"},
                          {"field":"nickname","message":"is odd"}]}""")));
        String page = mvc.perform(MockMvcRequestBuilders.post("/probe/new").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .param("firstName", "").param("birthDate", "2999-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("govuk-error-summary").contains("Il y a un problème")
                .contains("<a href=\"#firstName\">Prénom : ce champ est obligatoire.</a>")
                .contains("<a href=\"#birthDate\">La date de naissance doit être dans le passé.</a>")
                .contains("<a href=\"#nickname\">is odd</a>")
                .contains("id=\"firstName-error\"").contains("aria-describedby=\"firstName-error\"")
                .contains("aria-describedby=\"birthDate-hint birthDate-error\"")
                .contains("value=\"2999-01-01\"");
        API.verify(postRequestedFor(urlEqualTo("/api/tenants"))
                .withRequestBody(equalToJson("{\"firstName\":\"\",\"birthDate\":\"2999-01-01\"}")));
    }

    @Test
    void aServiceDownWhilePostingShowsTheFormAgainWithWhatWasTyped() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(503).withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\":503}")));
        String page = mvc.perform(MockMvcRequestBuilders.post("/probe/new").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .param("firstName", "Hélène").param("birthDate", "1970-05-04"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Les dossiers des personnes sont momentanément indisponibles. Ce que vous avez saisi n’est pas perdu")
                .contains("value=\"Hélène\"").contains("value=\"1970-05-04\"").contains("data-draft=\"probe-new\"");
    }
}
