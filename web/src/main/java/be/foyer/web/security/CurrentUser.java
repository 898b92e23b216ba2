package be.foyer.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as pages need them. In templates: {@code ${currentUser.displayName}},
 * {@code ${currentUser.has('staff')}}, {@code ${currentUser.seesCaseFiles}}; in controllers: a parameter
 * {@code CurrentUser user} (resolved by {@link CurrentUserResolver}).
 *
 * @param organisation the first alias of the token's {@code organization} claim, or null (federation analyst)
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, String organisation) {

    public static CurrentUser of(OidcUser user) {
        String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getName();
        String displayName = user.getFullName() != null ? user.getFullName()
                : user.getGivenName() != null ? user.getGivenName() : username;
        return new CurrentUser(username, displayName, roles(user.getAuthorities()), organisation(user));
    }

    /** True when the user has this Keycloak role, e.g. {@code has('coordinator')}. */
    public boolean has(String keycloakRole) {
        return Role.fromKeycloakName(keycloakRole).map(roles::contains).orElse(false);
    }

    public boolean isSeesCaseFiles() {
        return hasAny(Role.withCaseFiles());
    }

    /** Staff and coordinators (see {@link Role#caseWorkers()}). */
    public boolean isCaseWorker() {
        return hasAny(Role.caseWorkers());
    }

    public boolean isSeesHousing() {
        return hasAny(Role.withHousing());
    }

    public boolean isSeesReports() {
        return hasAny(Role.withReports());
    }

    private boolean hasAny(String... keycloakRoles) {
        for (String role : keycloakRoles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static String organisation(OidcUser user) {
        Object claim = user.getClaims().get(FoyerOidcUserService.ORGANIZATION_CLAIM);
        if (claim instanceof Collection<?> aliases && !aliases.isEmpty()) {
            return String.valueOf(aliases.iterator().next());
        }
        return claim instanceof String alias ? alias : null;
    }
}
