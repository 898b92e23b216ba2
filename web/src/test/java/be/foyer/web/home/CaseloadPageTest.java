package be.foyer.web.home;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.web.PageTest;

/** The home page of people who follow tenants: "my caseload" from GET /api/tenants/caseload. */
class CaseloadPageTest extends PageTest {

    private static final String CASELOAD = """
            {"tenants":[
               {"id":"t-nora","firstName":"Nora","lastName":"Never","preferredName":null,"status":"STREET",
                "lastContactOn":null,"metThisMonth":false,"noContactFor30Days":true},
               {"id":"t-lina","firstName":"Lina","lastName":"LongAgo","preferredName":null,"status":"SEARCHING",
                "lastContactOn":"2026-09-14","metThisMonth":false,"noContactFor30Days":true},
               {"id":"t-omar","firstName":null,"lastName":null,"preferredName":"Le Grand","status":"HOUSED",
                "lastContactOn":"2026-10-30","metThisMonth":false,"noContactFor30Days":false},
               {"id":"t-marc","firstName":"Marc","lastName":"Today","preferredName":null,"status":"HOUSED",
                "lastContactOn":"2026-11-03","metThisMonth":true,"noContactFor30Days":false}],
             "appointments":[
               {"followUpId":"f-1","tenantId":"t-lina","firstName":"Lina","lastName":"LongAgo","preferredName":null,
                "date":"2026-11-30","time":"09:15","mode":"HOME_VISIT","status":"PLANNED"},
               {"followUpId":"f-2","tenantId":"t-omar","firstName":null,"lastName":null,"preferredName":"Le Grand",
                "date":"2026-12-02","time":null,"mode":"PHONE","status":"PLANNED"}],
             "recentlyOpened":[
               {"tenantId":"t-marc","firstName":"Marc","lastName":"Today","preferredName":null,
                "openedAt":"2026-11-29T22:30:00Z"}]}""";

    private static final String EMPTY = "{\"tenants\":[],\"appointments\":[],\"recentlyOpened\":[]}";

    @Test
    void showsMyPeopleWithTheirStatusLastContactAndWhoNeedsAContact() throws Exception {
        API.stubFor(get("/api/tenants/caseload").willReturn(okJson(CASELOAD)));
        String page = home(signedIn("alice", "smes", "staff"), "fr");
        assertThat(page)
                .contains("Les personnes que je suis")
                .contains("<a class=\"govuk-link govuk-!-font-weight-bold\" href=\"/tenants/t-nora\">Nora Never</a>")
                .contains(">Le Grand</a>").contains("href=\"/tenants/t-omar\"")
                .contains("En rue").contains("En recherche de logement").contains(">Logé<")
                // counts at the top, in words
                .contains("3 personnes non rencontrées ce mois-ci")
                .contains("2 personnes sans contact depuis plus de 30 jours")
                // each flag in words beside the person
                .contains("Aucune rencontre à ce jour")
                .contains("Dernier contact : 14 septembre 2026").contains("Plus de 30 jours sans contact")
                .contains("Dernier contact : 30 octobre 2026").contains("Aucune rencontre ce mois-ci")
                .contains("Dernier contact : 3 novembre 2026");
        // Nora is never met: one flag saying so, not also "last contact"
        String nora = page.substring(page.indexOf("Nora Never"), page.indexOf("Lina LongAgo"));
        assertThat(nora).contains("Aucune rencontre à ce jour").doesNotContain("Dernier contact");
        // Marc was met this month: no flag
        String marc = page.substring(page.indexOf(">Marc Today<"), page.indexOf("Mes rendez-vous"));
        assertThat(marc).doesNotContain("govuk-tag--red").doesNotContain("govuk-tag--yellow");
        API.verify(getRequestedFor(urlEqualTo("/api/tenants/caseload"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("alice"))));
    }

    @Test
    void showsMyAppointmentsAndTheFilesOpenedLastInBrusselsTimeInFrench() throws Exception {
        API.stubFor(get("/api/tenants/caseload").willReturn(okJson(CASELOAD)));
        String page = home(signedIn("alice", "smes", "staff"), "fr");
        String appointments = page.substring(page.indexOf("Mes rendez-vous"),
                page.indexOf("Derniers dossiers ouverts"));
        assertThat(appointments).contains("<caption").contains("scope=\"col\"")
                .contains("30 novembre 2026").contains("09:15").contains("href=\"/tenants/t-lina\"")
                .contains("Visite à domicile")
                .contains("2 décembre 2026").contains("Heure à fixer").contains("Téléphone");
        // 22:30 UTC on 29 November is 23:30 in Brussels
        assertThat(page.substring(page.indexOf("Derniers dossiers ouverts")))
                .contains("href=\"/tenants/t-marc\"").contains("ouvert le 29 novembre 2026").contains("23:30");
    }

    @Test
    void inDutchTheLabelsEnumsAndDatesAreDutch() throws Exception {
        API.stubFor(get("/api/tenants/caseload").willReturn(okJson(CASELOAD)));
        String page = home(signedIn("alice", "smes", "staff"), "nl");
        assertThat(page).contains("lang=\"nl\"")
                .contains("3 personen niet ontmoet deze maand")
                .contains("2 personen al meer dan 30 dagen zonder contact")
                .contains("Nog nooit ontmoet").contains("Niet ontmoet deze maand")
                .contains("Laatste contact: 14 september 2026").contains("Laatste contact: 3 november 2026")
                .contains("Op straat").contains("Gehuisvest")
                .contains("Mijn afspraken").contains("30 november 2026").contains("2 december 2026")
                .contains("Uur nog vast te leggen")
                .contains("geopend op 29 november 2026").contains("23:30")
                .contains("Een persoon registreren")
                .doesNotContain("Dernier contact").doesNotContain("novembre");
    }

    @Test
    void staffHaveTheRegisterActionAVolunteerSeesTheirAssignedPeopleWithoutIt() throws Exception {
        API.stubFor(get("/api/tenants/caseload").willReturn(okJson(CASELOAD)));
        assertThat(home(signedIn("alice", "smes", "staff"), "fr"))
                .contains("href=\"/tenants/new\"").contains("Enregistrer une personne");
        assertThat(home(signedIn("carla", "smes", "coordinator"), "fr")).contains("href=\"/tenants/new\"");

        String volunteer = home(signedIn("eva", "habitat-et-humanisme", "volunteer"), "fr");
        assertThat(volunteer).contains("Les personnes qui me sont confiées").contains("Nora Never")
                .contains("href=\"/tenants\"")
                .doesNotContain("href=\"/tenants/new\"").doesNotContain("Enregistrer une personne");
        API.verify(getRequestedFor(urlEqualTo("/api/tenants/caseload"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken("eva"))));
    }

    @Test
    void anEmptyCaseloadSaysWhatToDo() throws Exception {
        API.stubFor(get("/api/tenants/caseload").willReturn(okJson(EMPTY)));
        assertThat(home(signedIn("alice", "smes", "staff"), "fr"))
                .contains("Vous ne suivez encore personne.")
                .contains("enregistrez-la : vous en serez le référent")
                .contains("href=\"/tenants/new\"").contains("href=\"/tenants\"")
                .contains("Aucun rendez-vous prévu cette semaine ni dans les jours qui viennent.")
                .contains("Vous n’avez encore ouvert aucun dossier.")
                .doesNotContain("non rencontrée");
        assertThat(home(signedIn("eva", "habitat-et-humanisme", "volunteer"), "fr"))
                .contains("Vous ne suivez encore personne.").contains("parlez-en à votre coordinateur")
                .doesNotContain("href=\"/tenants/new\"");
    }

    @Test
    void whenTenantServiceIsDownTheHomePageStillOpensAndSaysSo() throws Exception {
        API.stubFor(get("/api/tenants/caseload").willReturn(aResponse().withStatus(503)));
        assertThat(home(signedIn("alice", "smes", "staff"), "fr"))
                .contains("Bonjour Alice Test")
                .contains("La liste des personnes que vous suivez est momentanément indisponible")
                .contains("href=\"/tenants/new\"").doesNotContain("Mes rendez-vous");
    }

    @Test
    void facilitatorsKeepTheirRolePageAndTheApiIsNotAsked() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/").with(signedIn("farid", "smes", "facilitator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vous animez l’agenda partagé").doesNotContain("Les personnes que je suis");
        API.verify(0, getRequestedFor(urlEqualTo("/api/tenants/caseload")));
    }

    private String home(RequestPostProcessor user, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/").param("lang", language).with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
