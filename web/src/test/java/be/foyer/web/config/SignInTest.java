package be.foyer.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.PageTest;

class SignInTest extends PageTest {

    @Test
    void anonymousPageGoesToKeycloakWithPkceOrganisationScopeAndLanguage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/tenants?page=2").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/keycloak"));

        String location = mvc.perform(get("/oauth2/authorization/keycloak").session(session)
                        .header("Accept-Language", "nl-BE,nl;q=0.9,fr;q=0.8")
                        // as the gateway forwards it
                        .header("X-Forwarded-Host", "localhost:8080").header("X-Forwarded-Proto", "http")
                        .header("X-Forwarded-Port", "8080"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();

        UriComponents authorization = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(KEYCLOAK + "/realms/foyer/protocol/openid-connect/auth?");
        var query = authorization.getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo("foyer-web");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(decode(query.getFirst("scope")).split(" ")).contains("openid", "organization");
        assertThat(query.getFirst("ui_locales")).isEqualTo("nl");
        assertThat(decode(query.getFirst("redirect_uri"))).isEqualTo("http://localhost:8080/login/oauth2/code/keycloak");
        assertThat(query.getFirst("state")).isNotBlank();
    }

    @Test
    void keycloakSpeaksTheLanguageTheUserPicked() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/keycloak")
                        .cookie(new jakarta.servlet.http.Cookie("FOYER_LANG", "en")).header("Accept-Language", "nl"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("ui_locales"))
                .isEqualTo("en");
    }

    @Test
    void htmxRequestWithoutSessionGets401AndHxRedirectToThePageShown() throws Exception {
        mvc.perform(get("/tenants/search?q=ma").header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost:8080/tenants?q=ma"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/tenants?q=ma"))
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void staticResourcesAndSignedOutPageArePublic() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/js/foyer.js")).andExpect(status().isOk());
        mvc.perform(get("/css/foyer.css")).andExpect(status().isOk());
        mvc.perform(get("/signed-out")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(signedIn("alice", "smes", "staff")))
                .andExpect(status().isForbidden());
    }

    @Test
    void signOutEndsTheKeycloakSessionAndComesBackToSignedOut() throws Exception {
        String location = mvc.perform(post("/logout").with(signedIn("alice", "smes", "staff")).with(csrf())
                        .header("X-Forwarded-Host", "localhost:8080").header("X-Forwarded-Proto", "http")
                        .header("X-Forwarded-Port", "8080"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(location).startsWith(KEYCLOAK + "/realms/foyer/protocol/openid-connect/logout?");
        assertThat(query.getFirst("id_token_hint")).isEqualTo(idToken("alice"));
        assertThat(decode(query.getFirst("post_logout_redirect_uri"))).isEqualTo("http://localhost:8080/signed-out");
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
