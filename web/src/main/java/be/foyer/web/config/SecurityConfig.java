package be.foyer.web.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import be.foyer.web.security.FoyerOidcUserService;
import be.foyer.web.security.Role;

import java.time.Duration;



/**
 * Sign-in with Keycloak (authorization code + PKCE, Spring Security 7's default), tokens kept in the HTTP session (the browser only holds the
 * session cookie), CSRF on every state-changing request, Spring Security's default headers (Cache-Control: no-store)
 * on every page, RP-initiated sign-out.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    public static final String REGISTRATION_ID = "keycloak";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    static final String FORBIDDEN_PATH = "/forbidden";

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            LocaleResolver localeResolver, FoyerOidcUserService oidcUserService,
            @Value("${foyer.logout-uri}") String logoutUri) throws Exception {
        // An htmx request is never saved: after sign-in the user comes back to a page, not to a fragment.
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher(HtmxLoginEntryPoint.HX_REQUEST)));
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage(FORBIDDEN_PATH);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/signed-out",
                                "/actuator/health", "/actuator/health/**", "/error", FORBIDDEN_PATH).permitAll()
                        .requestMatchers("/tenants", "/tenants/**").hasAnyRole(Role.withCaseFiles())
                        .requestMatchers("/housing", "/housing/**").hasAnyRole(Role.withHousing())
                        .requestMatchers("/reports", "/reports/**").hasAnyRole(Role.withReports())
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                                new LocalisedAuthorizationRequestResolver(registrations, localeResolver)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new HtmxLoginEntryPoint(LOGIN_PATH))
                        .accessDeniedHandler(forbidden))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies("FOYER_SESSION")
                        .logoutSuccessHandler(new KeycloakLogoutSuccessHandler(logoutUri, "/signed-out")))
                .build();
    }

    /** Tokens live in the user's HTTP session: they go when the session goes (sign-out, timeout, restart). */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Gives ApiClient the user's access token, refreshed when it expires within a minute. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(Duration.ofSeconds(60)))
                .build());
        return manager;
    }
}
