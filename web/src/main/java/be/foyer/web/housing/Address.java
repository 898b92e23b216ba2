package be.foyer.web.housing;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An address as housing-service gives it; {@link #label()} writes it on one line as the service does. */
public record Address(String street, String number, String box, String postcode, String municipality) {

    /** "Rue de la Victoire 7/1, 1060 Saint-Gilles". */
    public String label() {
        String house = Stream.of(street, number == null ? null : number + (box == null || box.isBlank() ? "" : "/" + box))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        String place = Stream.of(postcode, municipality).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return house.isBlank() ? place : house + ", " + place;
    }
}
