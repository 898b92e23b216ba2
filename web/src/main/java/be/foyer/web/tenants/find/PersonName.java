package be.foyer.web.tenants.find;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a person is called in lists: first and last name, with the nickname in brackets; the nickname alone when that
 * is all there is (people met in the street often give no other name).
 */
public final class PersonName {

    private PersonName() {
    }

    public static String of(String firstName, String lastName, String preferredName) {
        String name = Stream.of(firstName, lastName).filter(PersonName::given).collect(Collectors.joining(" "));
        if (!given(preferredName)) {
            return name;
        }
        return name.isEmpty() || Objects.equals(name, preferredName) ? preferredName : name + " (" + preferredName + ")";
    }

    private static boolean given(String part) {
        return part != null && !part.isBlank();
    }
}
