package be.foyer.tenants.tenant;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of names for search and identity: "  Hélène  DUBOIS" and "helene dubois" fold alike. */
public final class Names {

    private Names() {
    }

    /** Without accents, lower case, single spaces, trimmed; {@code null} folds to "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
