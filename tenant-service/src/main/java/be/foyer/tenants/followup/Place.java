package be.foyer.tenants.followup;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import be.foyer.tenants.tenant.Names;

/**
 * A place a tenant was accompanied to. Its id is derived from the organisation and the normalised name, so that
 * "Musée Magritte" and "musee magritte " count as one place without the name travelling on Kafka.
 */
public record Place(String id, String name, PlaceCategory category) {

    public static Place named(String organisation, String name, PlaceCategory category) {
        String normalised = Names.fold(name);
        String id = UUID.nameUUIDFromBytes((organisation + "|" + normalised).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new Place(id, name.strip(), category);
    }
}
