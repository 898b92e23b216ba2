package be.foyer.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The last route: every path outside the API is the staff web interface ({@code http://localhost:8080/} opens it).
 * Written here rather than in application.yml because it needs a negation, which route properties cannot say: an
 * unknown {@code /api/...} path must stay a 404 problem, not become a web page. Lowest precedence, so the services'
 * routes always win. No circuit breaker: its fallback answers problem+json, which a browser cannot show.
 */
@Configuration(proxyBeanMethods = false)
class WebRoute {

    @Bean
    RouteLocator webInterfaceRoute(RouteLocatorBuilder routes, @Value("${foyer.gateway.web-url}") String webUrl) {
        return routes.routes()
                .route("web", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .path("/**")
                        .and().not(api -> api.path("/api", "/api/**", "/v3/api-docs/**"))
                        .uri(webUrl))
                .build();
    }
}
