package be.foyer.platform.security;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import be.foyer.platform.problem.ProblemResponses;

/**
 * Every service is an OAuth2 resource server of the Keycloak realm: it validates the token itself even behind
 * the gateway, accepts tokens of the Foyer clients only ({@link TokenClientFilter}), maps realm roles to
 * authorities and resolves the {@link Caller}. Actuator beyond health needs the platform-operator role.
 */
@AutoConfiguration
@EnableMethodSecurity
public class FoyerSecurityAutoConfiguration {

    static final String[] OPEN_PATHS = {
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"
    };

    @Bean
    @ConditionalOnMissingBean
    public CallerResolver callerResolver() {
        return new CallerResolver();
    }

    @Bean
    @ConditionalOnMissingBean
    public JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new KeycloakRolesConverter());
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    public SecurityFilterChain foyerSecurityFilterChain(HttpSecurity http, JwtAuthenticationConverter converter,
            ProblemResponses problems, @Value("${foyer.security.open-paths:}") String[] serviceOpenPaths,
            @Value("${foyer.security.api-roles:}") String[] apiRoles,
            @Value("${foyer.security.token-clients}") Set<String> tokenClients) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_PATHS).permitAll()
                        // A service's own open paths (e.g. a calendar feed that checks a token of its own).
                        .requestMatchers(serviceOpenPaths).permitAll()
                        // Checked before the body is read: a caller without any of these roles learns 403, not
                        // what is wrong with their body (method security runs only after validation).
                        .requestMatchers("/api/**").access(apiRoles.length == 0
                                ? AuthenticatedAuthorizationManager.authenticated()
                                : AuthorityAuthorizationManager.hasAnyRole(apiRoles))
                        // Everything else Actuator offers (metrics, info, a service's own operations such as the
                        // projections rebuild): the people who run the platform, not an organisation's users.
                        .requestMatchers("/actuator/**").hasRole(Roles.PLATFORM_OPERATOR)
                        .anyRequest().authenticated())
                .addFilterAfter(new TokenClientFilter(tokenClients, problems::unauthorized),
                        BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    @Bean
    public WebMvcConfigurer callerArgumentResolverConfigurer(CallerResolver callers) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver(callers));
            }
        };
    }
}
