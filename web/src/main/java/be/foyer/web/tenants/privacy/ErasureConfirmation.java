package be.foyer.web.tenants.privacy;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The typed confirmation of an erasure: the person's name as the page shows it, with accents, case, punctuation and
 * spacing forgiven (a phone keyboard makes "Hélène Dubois (Lena)" hard to type exactly), nothing else.
 */
final class ErasureConfirmation {

    private ErasureConfirmation() {
    }

    static boolean matches(String typed, String displayedName) {
        String expected = folded(displayedName);
        return !expected.isEmpty() && expected.equals(folded(typed));
    }

    private static String folded(String text) {
        if (text == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
