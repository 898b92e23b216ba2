package be.foyer.reporting;

import java.util.List;

/**
 * The member organisations of the contract, by alias. Only a report's {@code organisation=} parameter is checked
 * against this list: the projections take in whatever organisation an event names.
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
