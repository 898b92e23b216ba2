package be.foyer.activities.activity;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Where an activity happens. Its id is derived from the organisation and the normalised name, as tenant-service does
 * for the places tenants are accompanied to, so that the federation counts distinct places without the name
 * travelling on Kafka.
 */
public record Place(String id, String name, String address, PlaceCategory category) {

    public static Place named(String organisation, String name, String address, PlaceCategory category) {
        String normalised = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String id = UUID.nameUUIDFromBytes((organisation + "|" + normalised).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Place(id, name.strip(), address == null || address.isBlank() ? null : address.strip(), category);
    }
}
