package be.foyer.tenants.tenant;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Folding of names for search and identity: "  Hélène  DUBOIS" and "helene dubois" fold alike. */
public final class Names {

    private Names() {
    }

    /** Sorts before any letter, so that "Dubois, Zoé" comes before "Duboisier, Anne". */
    public static final String SORT_SEPARATOR = "\u0001";

    /** Without accents, lower case, single spaces, trimmed; {@code null} folds to "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The folded words of {@code text}; none for blank text. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
