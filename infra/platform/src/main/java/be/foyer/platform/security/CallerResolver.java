package be.foyer.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.NotPermittedException;

/** Builds the {@link Caller} of the current request from its validated token. */
public class CallerResolver {

    public static final String ORGANISATION_HEADER = "X-Organisation";

    /**
     * @param requestedOrganisation the {@code X-Organisation} header, or {@code null}
     */
    public Caller resolve(Authentication authentication, String requestedOrganisation) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new NotPermittedException("This request carries no user token.");
        }
        Jwt jwt = token.getToken();
        Set<String> organisations = organisations(jwt);
        String organisation = chooseOrganisation(organisations, requestedOrganisation);
        Set<String> roles = new LinkedHashSet<>(KeycloakRolesConverter.realmRoles(jwt));
        String username = jwt.getClaimAsString("preferred_username");
        return new Caller(jwt.getSubject(), username, jwt.getClaimAsString("name"), organisation, Set.copyOf(roles));
    }

    public Caller current(String requestedOrganisation) {
        return resolve(SecurityContextHolder.getContext().getAuthentication(), requestedOrganisation);
    }

    private static String chooseOrganisation(Set<String> organisations, String requested) {
        if (requested != null && !requested.isBlank()) {
            if (!organisations.contains(requested)) {
                throw new NotPermittedException("The " + ORGANISATION_HEADER + " header names '" + requested
                        + "', which is not one of your organisations.");
            }
            return requested;
        }
        if (organisations.size() > 1) {
            throw new InvalidInputException("You belong to several organisations (" + String.join(", ", organisations)
                    + "): name the one you act for with the " + ORGANISATION_HEADER + " header.");
        }
        return organisations.stream().findFirst().orElse(null);
    }

    /** Keycloak writes a list of aliases, or a map keyed by alias when organisation attributes are added. */
    private static Set<String> organisations(Jwt jwt) {
        Object claim = jwt.getClaims().get("organization");
        Set<String> aliases = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(alias -> aliases.add(String.valueOf(alias)));
        } else if (claim instanceof Map<?, ?> map) {
            map.keySet().forEach(alias -> aliases.add(String.valueOf(alias)));
        } else if (claim instanceof String single) {
            aliases.add(single);
        }
        return aliases;
    }
}
