package be.foyer.platform.security;

import java.util.Set;

import be.foyer.platform.domain.Author;
import be.foyer.platform.domain.NotPermittedException;

/**
 * Who is calling and for which organisation. Controllers take it as a method parameter; the organisation comes
 * from the token's {@code organization} claim (and the {@code X-Organisation} header when the user belongs to
 * several), never from anything else the client sends.
 *
 * @param userId       the token subject, stable across renames: what records keep as author ({@link #author()})
 * @param username     the sign-in name
 * @param name         the person's name as the realm gives it ({@code name} claim), for people reading an author
 * @param organisation the organisation acted for, or {@code null} for users in none (the federation analyst)
 */
public record Caller(String userId, String username, String name, String organisation, Set<String> roles) {

    /** Who did something, as a record keeps it: the stable id, and the name people read (the username if none). */
    public Author author() {
        return new Author(userId, name == null || name.isBlank() ? username : name);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The organisation acted for; refuses users who belong to none. */
    public String requireOrganisation() {
        if (organisation == null) {
            throw new NotPermittedException("Your account belongs to no organisation, so it cannot act on an organisation's records.");
        }
        return organisation;
    }
}
