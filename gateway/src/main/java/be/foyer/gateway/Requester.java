package be.foyer.gateway;

import java.util.List;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who a request with a valid token counts for: its user (the token's subject) and the organisation it acts for (the
 * {@code X-Organisation} header when it names one of the token's organisations, else the token's first; {@code null}
 * for a token without organisation, the federation analyst's).
 */
record Requester(String user, String organisation) {

    private static final String ORGANISATION_HEADER = "X-Organisation";

    static Requester of(JwtAuthenticationToken token, ServerWebExchange exchange) {
        String requested = exchange.getRequest().getHeaders().getFirst(ORGANISATION_HEADER);
        List<String> organisations = token.getToken().getClaimAsStringList("organization");
        String organisation = organisations == null || organisations.isEmpty() ? null
                : requested != null && organisations.contains(requested) ? requested : organisations.get(0);
        return new Requester(token.getToken().getSubject(), organisation);
    }
}
