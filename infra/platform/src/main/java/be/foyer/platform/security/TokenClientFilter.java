package be.foyer.platform.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts a token only when the realm issued it to a Foyer client ({@code azp}, the authorised party: by default
 * {@code foyer-cli} and {@code foyer-web}). Any other client of the realm (an admin tool, a client added for some
 * other application) gets a valid, signed token too, and without this its holder would be authenticated here; only
 * missing roles would stop it. Answered 401 as an invalid token.
 * <p>
 * A filter after authentication rather than a validator inside the JWT decoder: it then holds for every way a
 * token becomes an authentication, the tests' tokens included.
 */
public class TokenClientFilter extends OncePerRequestFilter {

    static final String AUTHORISED_PARTY = "azp";

    private final Set<String> clients;
    private final AuthenticationEntryPoint entryPoint;

    public TokenClientFilter(Set<String> clients, AuthenticationEntryPoint entryPoint) {
        this.clients = Set.copyOf(clients);
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && !issuedToAFoyerClient(token)) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response,
                    new InvalidBearerTokenException("The token was not issued to a Foyer client"));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean issuedToAFoyerClient(JwtAuthenticationToken token) {
        String client = token.getToken().getClaimAsString(AUTHORISED_PARTY);
        return client != null && clients.contains(client);
    }
}
