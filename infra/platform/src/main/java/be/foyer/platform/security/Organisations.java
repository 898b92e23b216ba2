package be.foyer.platform.security;

import java.util.List;

/**
 * The member organisations of the contract, by alias (the {@code organization} claim's values). Only query
 * parameters naming an organisation (a report's, a calendar filter's) are checked against this list: projections
 * take in whatever organisation an event names.
 */
public final class Organisations {

    public static final List<String> ALL = List.of(
            "smes", "diogenes", "infirmiers-de-rue", "new-samusocial", "a-toi-mon-toit", "habitat-et-humanisme");

    private Organisations() {
    }

    public static boolean isKnown(String alias) {
        return ALL.contains(alias);
    }
}
