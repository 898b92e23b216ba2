package be.foyer.web.tenants.register;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;

/** Register a person: GET/POST /tenants/new over GET /api/tenants/matches and POST /api/tenants. */
class RegisterPageTest extends PageTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NO_MATCHES = "{\"items\":[],\"page\":0,\"size\":5,\"total\":0}";
    private static final String HELENE_MATCHES = """
            {"items":[{"id":"t-helene","firstName":"Hélène","lastName":"Dubois","preferredName":null,
              "birthDate":"1985-07-30","status":"SEARCHING"}],"page":0,"size":5,"total":1}""";

    @BeforeEach
    void noMatchesUnlessSaid() {
        API.stubFor(get(urlPathEqualTo("/api/tenants/matches")).willReturn(okJson(NO_MATCHES)));
    }

    @Test
    void theFormAsksLittleAndNamesTheSignedInWorkerAsReferent() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/tenants/new").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Enregistrer une personne</h1>")
                .contains("Un prénom ou un surnom suffit.")
                .contains("data-draft=\"register\"").contains("method=\"post\"").contains("name=\"_csrf\"")
                .contains("for=\"firstName\"").contains("for=\"preferredName\"").contains("for=\"lastName\"")
                // GOV.UK date input: day, month, year (or the year alone)
                .contains("name=\"birthDay\"").contains("name=\"birthMonth\"").contains("name=\"birthYear\"")
                .contains("inputmode=\"numeric\"")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Langues parlées</legend>")
                .contains("value=\"ar\"").contains("Arabe").contains("Roumain").contains("name=\"otherLanguages\"")
                .contains("type=\"tel\"").contains("name=\"whatsApp\"")
                .contains("name=\"nationalRegisterNumber\"")
                .contains("id=\"referentWorkers\" name=\"referentWorkers\" type=\"text\" value=\"alice\"")
                .contains("name=\"assignedVolunteers\"")
                // live matches while typing the names
                .contains("hx-get=\"/tenants/new/matches\"").contains("hx-target=\"#matches\"")
                .contains("id=\"matches\"")
                .contains(">Enregistrer la personne</button>");
    }

    @Test
    void aNicknameAloneRegistersThePersonAndOpensTheirFile() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/api/tenants/t-new")
                .withBody("{\"id\":\"t-new\",\"preferredName\":\"Le Grand\",\"status\":\"STREET\"}")));
        mvc.perform(register().param("preferredName", " Le Grand ").param("referentWorkers", "alice")
                        .with(signedIn("alice", "smes", "staff")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tenants/t-new"))
                .andExpect(flash().attribute("success", "Le dossier de Le Grand est créé."))
                .andExpect(flash().attribute("draftCleared", "register"));
        API.verify(postRequestedFor(urlEqualTo("/api/tenants"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("alice")))
                .withRequestBody(equalToJson("{\"preferredName\":\"Le Grand\",\"referentWorkers\":[\"alice\"]}"))
                .withRequestBody(matchingJsonPath("$.lastName", absent())));
    }

    @Test
    void everythingTypedIsSentAsTheApiWantsIt() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"t-9\"}")));
        mvc.perform(register().param("firstName", "Hélène").param("lastName", "Dubois")
                        .param("birthDay", "30").param("birthMonth", "7").param("birthYear", "1985")
                        .param("nationalRegisterNumber", "85.07.30-033.28")
                        .param("languages", "fr", "ar").param("otherLanguages", "lingala, tigrinya")
                        .param("phone", "+32 470 12 34 56").param("whatsApp", "")
                        .param("referentWorkers", "alice, bruno").param("assignedVolunteers", "eva")
                        .param("lang", "nl").with(signedIn("alice", "smes", "staff")))
                .andExpect(redirectedUrl("/tenants/t-9"))
                .andExpect(flash().attribute("success", "Het dossier van Hélène Dubois is aangemaakt."));
        API.verify(postRequestedFor(urlEqualTo("/api/tenants")).withRequestBody(equalToJson("""
                {"firstName":"Hélène","lastName":"Dubois","birthDate":"1985-07-30",
                 "nationalRegisterNumber":"85.07.30-033.28","languages":["fr","ar","lingala","tigrinya"],
                 "phone":"+32 470 12 34 56","referentWorkers":["alice","bruno"],"assignedVolunteers":["eva"]}""")));
    }

    @Test
    void theYearAloneIsSentAsBirthYear() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"t-8\"}")));
        mvc.perform(register().param("firstName", "Mohamed").param("birthYear", "1979")
                        .with(signedIn("carla", "smes", "coordinator")))
                .andExpect(redirectedUrl("/tenants/t-8"));
        API.verify(postRequestedFor(urlEqualTo("/api/tenants"))
                .withRequestBody(equalToJson("{\"firstName\":\"Mohamed\",\"birthYear\":1979}")));
    }

    @Test
    void aDateThatDoesNotExistIsShownBesideTheDateAndNothingIsSent() throws Exception {
        String page = formAgain(register().param("firstName", "Marc").param("birthDay", "31")
                .param("birthMonth", "2").param("birthYear", "1985"));
        assertThat(page).contains("govuk-error-summary")
                .contains("<a href=\"#birthDate\">Saisissez une vraie date de naissance")
                .contains("id=\"birthDate-error\"").contains("aria-describedby=\"birthDate-hint birthDate-error\"")
                .contains("value=\"31\"").contains("value=\"1985\"").contains("value=\"Marc\"");
        API.verify(0, postRequestedFor(urlEqualTo("/api/tenants")));
    }

    @Test
    void theApisFieldErrorsShowAtTheTopAndBesideTheirFieldsWithWhatWasTyped() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(400).withHeader("Content-Type", PROBLEM)
                .withBody("""
                        {"status":400,"detail":"Invalid tenant","errors":[
                          {"field":"nationalRegisterNumber","code":"check_failed","message":"check digits do not match"},
                          {"field":"phone","code":"invalid_format","message":"must be a phone number"}]}""")));
        String page = formAgain(register().param("firstName", "Hélène").param("lastName", "Dubois")
                .param("nationalRegisterNumber", "85.07.30-033.99").param("phone", "abc")
                .param("languages", "nl").param("otherLanguages", "lingala").param("referentWorkers", "alice"));
        assertThat(page)
                .contains("Il y a un problème")
                .contains("<a href=\"#nationalRegisterNumber\">Ce numéro de registre national n’existe pas : vérifiez les chiffres.</a>")
                .contains("<a href=\"#phone\">Saisissez un numéro de téléphone")
                .contains("id=\"nationalRegisterNumber-error\"").contains("id=\"phone-error\"")
                .contains("govuk-form-group--error")
                .contains("value=\"Hélène\"").contains("value=\"Dubois\"").contains("value=\"85.07.30-033.99\"")
                .contains("value=\"abc\"").contains("value=\"lingala\"")
                .containsPattern("value=\"nl\"\\s+id=\"languages-1\" checked=\"checked\"")
                .contains("data-draft=\"register\"");
        // the error beside the field is the one in the summary
        String number = page.substring(page.indexOf("id=\"nationalRegisterNumber-error\""));
        assertThat(number.substring(0, 300)).contains("Ce numéro de registre national n’existe pas");
    }

    @Test
    void theErrorsAreInTheUsersLanguage() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(400).withHeader("Content-Type", PROBLEM)
                .withBody("""
                        {"status":400,"errors":[
                          {"field":"firstName","code":"required","message":"give a first name or a nickname"},
                          {"field":"referentWorkers[0]","code":"too_long","message":"must be at most 100 characters"}]}""")));
        String page = formAgain(register().param("lastName", "Janssens").param("referentWorkers", "x".repeat(120))
                .param("lang", "nl"));
        assertThat(page).contains("Er is een probleem").contains("<a href=\"#firstName\">Vul een voornaam of een bijnaam in.</a>")
                .contains("<a href=\"#referentWorkers\">Referentiewerkers")
                .contains("id=\"referentWorkers-error\"").contains("value=\"Janssens\"");
    }

    @Test
    void tenantServiceDownKeepsWhatWasTyped() throws Exception {
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(503).withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\":503}")));
        String page = formAgain(register().param("firstName", "Hélène").param("phone", "0470 12 34 56")
                .param("birthYear", "1985").param("languages", "ar"));
        assertThat(page).contains("Les dossiers des personnes sont momentanément indisponibles.")
                .contains("Ce que vous avez saisi n’est pas perdu")
                .contains("value=\"Hélène\"").contains("value=\"0470 12 34 56\"").contains("value=\"1985\"")
                .containsPattern("value=\"ar\"\\s+id=\"languages-3\" checked=\"checked\"");
    }

    @Test
    void possibleMatchesAreAConfirmationStepWithoutJavascript() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants/matches")).willReturn(okJson(HELENE_MATCHES)));
        API.stubFor(post("/api/tenants").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"t-second\"}")));

        String page = formAgain(register().param("firstName", "helene").param("lastName", "Dubois")
                .param("birthDay", "30").param("birthMonth", "07").param("birthYear", "1985"));
        assertThat(page).contains("Est-ce une de ces personnes ?")
                .contains("href=\"/tenants/t-helene\">Hélène Dubois</a>").contains("Naissance : 30 juillet 1985")
                .contains("En recherche de logement")
                .contains("name=\"seenMatches\" value=\"t-helene\"")
                .contains(">Non, enregistrer une nouvelle personne</button>")
                .contains("href=\"#matches\"")
                .contains("value=\"helene\"").contains("value=\"07\"");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants/matches"))
                .withQueryParam("firstName", equalTo("helene")).withQueryParam("lastName", equalTo("Dubois"))
                .withQueryParam("birthDate", equalTo("1985-07-30")).withQueryParam("preferredName", absent()));
        API.verify(0, postRequestedFor(urlEqualTo("/api/tenants")));

        // "No, register a new person": the match was seen, the file is created
        mvc.perform(register().param("firstName", "helene").param("lastName", "Dubois")
                        .param("seenMatches", "t-helene").with(signedIn("alice", "smes", "staff")))
                .andExpect(redirectedUrl("/tenants/t-second"));
        API.verify(1, postRequestedFor(urlEqualTo("/api/tenants")));
    }

    @Test
    void whileTypingHtmxGetsTheMatchesAlone() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants/matches")).willReturn(okJson(HELENE_MATCHES)));
        String fragment = mvc.perform(MockMvcRequestBuilders.get("/tenants/new/matches")
                        .param("firstName", "hél").param("lastName", "").param("birthDay", "")
                        .header("HX-Request", "true").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Est-ce une de ces personnes ?").contains("href=\"/tenants/t-helene\"")
                .contains("name=\"seenMatches\" value=\"t-helene\"")
                .doesNotContain("<html").doesNotContain("<form").doesNotContain("Non, enregistrer");
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants/matches"))
                .withQueryParam("firstName", equalTo("hél")).withQueryParam("lastName", absent()));
    }

    @Test
    void noNameTypedAsksNoMatchesAndAnOutageOfMatchesShowsNone() throws Exception {
        String empty = mvc.perform(MockMvcRequestBuilders.get("/tenants/new/matches").param("firstName", " ")
                        .header("HX-Request", "true").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).doesNotContain("Est-ce une de ces personnes");
        API.verify(0, getRequestedFor(urlPathEqualTo("/api/tenants/matches")));

        API.stubFor(get(urlPathEqualTo("/api/tenants/matches")).willReturn(aResponse().withStatus(503)));
        mvc.perform(MockMvcRequestBuilders.get("/tenants/new/matches").param("firstName", "Marc")
                        .header("HX-Request", "true").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isOk());
    }

    @Test
    void volunteersMayNotRegister() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/tenants/new").with(signedIn("eva", "habitat-et-humanisme", "volunteer")))
                .andExpect(status().isForbidden());
        mvc.perform(register().param("preferredName", "Le Grand")
                        .with(signedIn("eva", "habitat-et-humanisme", "volunteer")))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/tenants/new").with(signedIn("farid", "smes", "facilitator")))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/tenants")));
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/tenants/new").param("preferredName", "Le Grand")
                        .with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isForbidden());
        API.verify(0, postRequestedFor(urlEqualTo("/api/tenants")));
    }

    private static MockHttpServletRequestBuilder register() {
        return MockMvcRequestBuilders.post("/tenants/new").with(csrf());
    }

    /** The form shown again (200): after an error, an outage or to confirm the matches. */
    private String formAgain(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(signedIn("alice", "smes", "staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
