package be.foyer.gateway;

import java.time.Duration;
import java.util.Set;

import io.netty.channel.ChannelOption;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway checks the bearer token (signature through Keycloak's JWKS, fetched on the first token;
 * issuer; expiry) before routing. The services check it again themselves: the gateway does not decide who
 * may do what, it only keeps anonymous traffic away from {@code /api/**}. Paths outside the API go to the web
 * interface without a token: web has its own session sign-in and CSRF protection.
 * <p>
 * The {@code Authorization} and {@code X-Organisation} headers are forwarded unchanged (the gateway
 * forwards every end-to-end header; nothing here removes them).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        ServerAuthenticationEntryPoint entryPoint = SecurityConfig::unauthorized;
        ServerAccessDeniedHandler deniedHandler = (exchange, denied) -> Problems.write(exchange,
                HttpStatus.FORBIDDEN, "You are not allowed to access this resource.");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/v3/api-docs/**").permitAll()
                        // Calendar apps subscribe to the feed without a bearer token. The activity
                        // service protects /api/calendar.ics itself with its private feed token.
                        .pathMatchers(HttpMethod.GET, "/api/calendar.ics").permitAll()
                        .pathMatchers(HttpMethod.HEAD, "/api/calendar.ics").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // Reached only by internal forward from a circuit breaker.
                        .pathMatchers("/fallback/**").denyAll()
                        // The web interface (the "web" route): it signs users in and checks CSRF itself.
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(deniedHandler))
                .build();
    }

    /**
     * Keys from Keycloak's JWKS (fetched on the first token, then cached), issuer, expiry and the client the token
     * was issued to ({@code azp}: {@code foyer.gateway.token-clients}) checked. Built
     * here rather than by Boot so that "Keycloak unreachable" is an authentication service failure (answered
     * 503 by {@link ProblemExceptionHandler}) instead of an unexplained 500; a bad token stays a 401.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${foyer.gateway.token-clients}") Set<String> tokenClients) {
        // A Keycloak that hangs must not hold requests forever: bounded connect and response time.
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                .responseTimeout(Duration.ofSeconds(5));
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build())
                .build();
        // Only tokens the realm issued to a Foyer client: any other client of the realm gets signed tokens too.
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<String>("azp", client -> client != null && tokenClients.contains(client))));
        return token -> decoder.decode(token).onErrorMap(failure -> !(failure instanceof JwtException),
                failure -> new JwtException(failure.getMessage(), failure));
    }

    /** 401 with a problem document and an RFC 6750 challenge. Never echoes the token or the decoder's message. */
    private static Mono<Void> unauthorized(ServerWebExchange exchange,
            AuthenticationException failure) {
        boolean invalidToken = failure instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, invalidToken
                ? "Bearer error=\"invalid_token\", error_description=\"The bearer token is invalid or has expired\""
                : "Bearer");
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, invalidToken
                ? "The bearer token is invalid or has expired; please sign in again."
                : "A bearer token is required; please sign in.");
    }
}
