package be.foyer.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import be.foyer.web.config.SecurityConfig;

/**
 * Base of page tests: the whole web application with MockMvc, and WireMock standing for the gateway's API
 * ({@link #API}, reset before each test). Sign in with {@code .with(signedIn("alice", "smes", "staff"))}: an OIDC
 * user with those roles and organisation, and an authorized client in the session so that ApiClient sends
 * {@code Bearer <accessToken(username)>}, valid 5 minutes (or as long as asked, to test refreshing). Keycloak's
 * endpoints are on the same WireMock ({@link #KEYCLOAK}).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PageTest {

    protected static final WireMockServer API = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        API.start();
    }

    /** Keycloak's address: WireMock too, so that a test can stub its token endpoint (refresh). */
    public static final String KEYCLOAK = API.baseUrl();

    /** A user id, as records kept before authors had names carry it in {@code recordedBy} & co.: never shown. */
    protected static final String AUTHOR_ID = "0b6f3c1e-52a4-4d7e-9c1f-8e2d7a6b5c40";

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("foyer.api-url", API::baseUrl);
        registry.add("KEYCLOAK_URL", () -> KEYCLOAK);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private OAuth2AuthorizedClientRepository authorizedClients;

    @Autowired
    private ClientRegistrationRepository registrations;

    @BeforeEach
    void resetApi() {
        API.resetAll();
    }

    /** The access token ApiClient sends for this user. */
    protected static String accessToken(String username) {
        return "access-token-of-" + username;
    }

    /** The ID token the session holds for this user (sent back to Keycloak on sign-out). */
    protected static String idToken(String username) {
        return "id-token-of-" + username;
    }

    /** The refresh token the session holds for this user. */
    protected static String refreshToken(String username) {
        return "refresh-token-of-" + username;
    }

    /** Signed in as this user; organisation may be null (the federation analyst). */
    protected RequestPostProcessor signedIn(String username, String organisation, String... roles) {
        return signedIn(Duration.ofMinutes(5), username, organisation, roles);
    }

    /** Signed in, with an access token that expires after {@code accessTokenLifetime}. */
    protected RequestPostProcessor signedIn(Duration accessTokenLifetime, String username, String organisation,
            String... roles) {
        return request -> {
            Instant now = Instant.now();
            List<GrantedAuthority> authorities = new ArrayList<>();
            for (String role : roles) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
            OidcIdToken id = OidcIdToken.withTokenValue(idToken(username))
                    .subject("sub-" + username).claim("preferred_username", username)
                    .claim("name", Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Test")
                    .issuedAt(now).expiresAt(now.plusSeconds(300)).build();
            OidcUserInfo info = new OidcUserInfo(organisation == null
                    ? Map.of("sub", "sub-" + username)
                    : Map.of("sub", "sub-" + username, "organization", List.of(organisation)));
            DefaultOidcUser user = new DefaultOidcUser(authorities, id, info, "preferred_username");
            ClientRegistration keycloak = registrations.findByRegistrationId(SecurityConfig.REGISTRATION_ID);
            OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                    accessToken(username), now.minusSeconds(1), now.plus(accessTokenLifetime));
            OAuth2AuthenticationToken signedIn = new OAuth2AuthenticationToken(user, authorities, keycloak.getRegistrationId());
            request = authentication(signedIn).postProcessRequest(request);
            // where the real sign-in leaves the tokens: the session
            authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(keycloak, username, access,
                    new OAuth2RefreshToken(refreshToken(username), now)), signedIn,
                    request, new MockHttpServletResponse());
            return request;
        };
    }
}
