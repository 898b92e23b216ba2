package be.foyer.web.support;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import be.foyer.web.PageTest;

/** The shared tenant picker, through a test page that uses it as its javadoc says. */
class TenantPickerPageTest extends PageTest {

    private static final String PEOPLE = """
            {"items":[{"id":"t-1","firstName":"Marc","lastName":"Dupont"},
                      {"id":"t-3","preferredName":"Le Grand"},
                      {"id":"t-4","firstName":"Sara","lastName":"Lemaire","preferredName":"Sassa"}],
             "page":0,"size":10,"total":3}""";

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void searchingAsksTheUsersOwnTenantsByNameAndShowsNamesAsRadiosOfThePageForm() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        String page = html(MockMvcRequestBuilders.get("/probe/picker").param("q", "  du ")
                .with(signedIn("eva", "smes", "volunteer")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants")).withQueryParam("q", equalTo("du"))
                .withQueryParam("size", equalTo("10")).withHeader("Authorization", equalTo("Bearer " + accessToken("eva"))));
        assertThat(page).contains("<label class=\"govuk-label\" for=\"tenant-picker-q\">Chercher par nom</label>")
                .contains("value=\"du\"").contains(">Marc Dupont</label>").contains(">Le Grand</label>")
                .contains(">Sara Lemaire (Sassa)</label>").contains("form=\"probe-form\"")
                .contains("name=\"tenantId\"").contains("hx-get=\"/probe/picker\"")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">Who?</legend>");
        assertThat(page.replaceAll("value=\"t-[134]\"", "")).doesNotContain("t-1").doesNotContain("t-4");
    }

    @Test
    void withoutASearchTheFirstTenAreOffered() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson(PEOPLE)));
        html(MockMvcRequestBuilders.get("/probe/picker").with(signedIn("alice", "smes", "staff")));
        API.verify(getRequestedFor(urlPathEqualTo("/api/tenants")).withQueryParam("q", absent())
                .withQueryParam("size", equalTo("10")));
    }

    @Test
    void htmxGetsTheListAloneAndThePickedPersonStaysChecked() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).withQueryParam("q", equalTo("zorro"))
                .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":10,\"total\":0}")));
        API.stubFor(get(urlPathEqualTo("/api/tenants")).withQueryParam("ids", equalTo("t-1"))
                .willReturn(okJson("{\"items\":[{\"id\":\"t-1\",\"firstName\":\"Marc\",\"lastName\":\"Dupont\"}]}")));
        String fragment = html(MockMvcRequestBuilders.get("/probe/picker").param("q", "zorro").param("tenantId", "t-1")
                .header("HX-Request", "true").header("HX-Target", TenantPicker.OPTIONS_ID)
                .with(signedIn("alice", "smes", "staff")));
        assertThat(fragment).startsWith("<div id=\"tenant-picker-options\"").doesNotContain("<h1")
                .contains(">Marc Dupont</label>").contains("checked=\"checked\"");
    }

    @Test
    void nobodyFoundIsSaidInTheUsersLanguage() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(okJson("{\"items\":[],\"page\":0,\"size\":10,\"total\":0}")));
        assertThat(html(MockMvcRequestBuilders.get("/probe/picker").param("q", "zorro").param("lang", "nl")
                .with(signedIn("alice", "smes", "staff")))).contains("Niemand komt overeen met ‘zorro’.");
    }

    @Test
    void tenantServiceDownLeavesThePageOpenAndSaysNamesAreUnavailable() throws Exception {
        API.stubFor(get(urlPathEqualTo("/api/tenants")).willReturn(aResponse().withStatus(503)));
        assertThat(html(MockMvcRequestBuilders.get("/probe/picker").with(signedIn("alice", "smes", "staff"))))
                .contains("Les noms sont momentanément indisponibles.").contains("<h1");
    }

    @Test
    void aKnownListIsFilteredByNameWithAccentsAndCaseForgiven() {
        List<TenantPicker.Choice> known = List.of(new TenantPicker.Choice("t-1", "Hélène Dupont"),
                new TenantPicker.Choice("t-2", "Marc Leroy"), new TenantPicker.Choice("t-3", "Sara Lemaire"));
        TenantPicker.Picker picker = TenantPicker.among("f", known, "HELENE", "t-3");
        assertThat(picker.choices()).extracting(TenantPicker.Choice::id).containsExactly("t-1", "t-3");
        assertThat(TenantPicker.among("f", known, "", null).choices()).hasSize(3);
    }
}
