package be.foyer.platform.places;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * The federation's one id for a place, derived from its normalised name only: the museum a worker of Smes
 * accompanied a tenant to and the museum a facilitator of Diogènes took a group to are one place, so reports count it
 * once, and the name never needs to travel on Kafka. Places hold no personal data, so sharing them is safe.
 */
public final class PlaceIds {

    // a prefix of its own so that a place id never equals a name-based UUID derived for something else
    private static final String NAMESPACE = "foyer-place|";

    private PlaceIds() {
    }

    /** "  Musée   MAGRITTE " and "musee magritte" give the same id. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a place needs a name");
        }
        return UUID.nameUUIDFromBytes((NAMESPACE + normalised(name)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Without accents, lower case, single spaces, trimmed. */
    public static String normalised(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
