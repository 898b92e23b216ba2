package be.foyer.web.calendar.activity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Withdrawing a registration: confirm, then DELETE. */
class ActivityCancelPageTest extends ActivityPageTestBase {

    private static final String PAGE = DATE_PAGE + "/registrations/r-1/cancel";

    @Test
    void theConfirmationNamesThePersonAndTheDate() throws Exception {
        dateStubbed();
        assertThat(html(MockMvcRequestBuilders.get(PAGE).with(alice()))).contains("Désinscrire Marc Vandenberghe ?")
                .contains("10 décembre 2026").contains("Sa place ira à la première personne en attente.")
                .contains("Non, garder l’inscription");
    }

    @Test
    void confirmingDeletesAndGoesBackToTheDate() throws Exception {
        dateStubbed();
        API.stubFor(delete("/api/activities/a-1/registrations/r-1").willReturn(aResponse().withStatus(204)));
        mvc.perform(MockMvcRequestBuilders.post(PAGE).with(alice()).with(csrf())).andExpect(status().isFound())
                .andExpect(redirectedUrl(DATE_PAGE)).andExpect(flash().attribute("success", "Marc Vandenberghe est désinscrit(e)."));
        API.verify(deleteRequestedFor(urlEqualTo("/api/activities/a-1/registrations/r-1")));
    }

    @Test
    void aRegistrationNotInMyListIsNotFoundAndNothingIsDeleted() throws Exception {
        dateStubbed();
        mvc.perform(MockMvcRequestBuilders.get(DATE_PAGE + "/registrations/r-404/cancel").with(alice()))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post(PAGE).with(alice())).andExpect(status().isForbidden());
        API.verify(0, deleteRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void aRefusalOrTheAnalystsRoleIsShown() throws Exception {
        dateStubbed();
        API.stubFor(delete("/api/activities/a-1/registrations/r-1").willReturn(problem(403, "{\"status\":403}")));
        mvc.perform(MockMvcRequestBuilders.post(PAGE).with(signedIn("eva", "smes", "volunteer")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
