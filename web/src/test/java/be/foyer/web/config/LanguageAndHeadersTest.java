package be.foyer.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.client.WireMock;

import be.foyer.web.PageTest;

class LanguageAndHeadersTest extends PageTest {

    /** The staff home page shows the caseload: an empty one is enough here. */
    @BeforeEach
    void emptyCaseload() {
        API.stubFor(WireMock.get("/api/tenants/caseload")
                .willReturn(WireMock.okJson("{\"tenants\":[],\"appointments\":[],\"recentlyOpened\":[]}")));
    }

    @ParameterizedTest
    @CsvSource({"nl-BE;q=1.0, nl, Hallo Alice Test", "en-GB, en, Hello Alice Test", "fr-BE, fr, Bonjour Alice Test",
            "de-DE, fr, Bonjour Alice Test"})
    void followsTheBrowsersLanguageWhenWeSpeakIt(String acceptLanguage, String lang, String greeting) throws Exception {
        mvc.perform(get("/").with(signedIn("alice", "smes", "staff")).header("Accept-Language", acceptLanguage))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"" + lang + "\"")))
                .andExpect(content().string(Matchers.containsString(greeting)));
    }

    @Test
    void thePickedLanguageIsRememberedAndWinsOverTheBrowsers() throws Exception {
        Cookie picked = mvc.perform(get("/?lang=en").with(signedIn("alice", "smes", "staff"))
                        .header("Accept-Language", "nl"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\"")))
                .andExpect(cookie().exists("FOYER_LANG"))
                .andExpect(cookie().httpOnly("FOYER_LANG", true))
                .andReturn().getResponse().getCookie("FOYER_LANG");

        mvc.perform(get("/").with(signedIn("alice", "smes", "staff")).header("Accept-Language", "nl").cookie(picked))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\"")))
                .andExpect(content().string(Matchers.containsString("Sign out")));
    }

    @Test
    void aLanguageWeDoNotSpeakIsIgnored() throws Exception {
        mvc.perform(get("/?lang=de").with(signedIn("alice", "smes", "staff")).header("Accept-Language", "nl")
                        .cookie(new Cookie("FOYER_LANG", "de")))
                .andExpect(cookie().doesNotExist("FOYER_LANG"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"nl\"")));
    }

    @Test
    void theSwitcherLinksKeepTheAddressAndNameTheirLanguage() throws Exception {
        API.stubFor(WireMock.get(
                WireMock.urlPathEqualTo("/api/tenants"))
                .willReturn(WireMock.okJson(
                        "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));
        String page = mvc.perform(get("/tenants?q=marc").with(signedIn("alice", "smes", "staff")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/tenants?q=marc&amp;lang=nl\"").contains("lang=\"nl\"")
                .contains(">Nederlands<");
    }

    @Test
    void pagesAreNeverCached() throws Exception {
        mvc.perform(get("/").with(signedIn("alice", "smes", "staff")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void everyPageCarriesTheCsrfTokenForHtmx() throws Exception {
        mvc.perform(get("/").with(signedIn("alice", "smes", "staff")))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*<meta name=\"_csrf\" content=\"[^\"]{20,}\">.*<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">.*")));
    }
}
