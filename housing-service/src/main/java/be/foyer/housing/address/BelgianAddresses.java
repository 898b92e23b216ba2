package be.foyer.housing.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * Checks that an address can exist in Belgium: the postcode is one bpost gives to places where people live
 * ({@code belgian-postcodes.txt}), and an address in one of the 19 Brussels communes carries one of that commune's
 * postcodes. Municipalities outside Brussels are taken as written.
 */
@Component
public class BelgianAddresses {

    private static final String POSTCODES = "belgian-postcodes.txt";

    /** The 19 communes of the Brussels-Capital Region, by French name, with their postcodes. */
    private static final Map<String, List<String>> BRUSSELS = brussels();

    /** French and Dutch names (and the City of Brussels' districts), normalised, to the commune's French name. */
    private static final Map<String, String> BRUSSELS_NAMES = brusselsNames();

    private final Set<String> postcodes;

    public BelgianAddresses() {
        this.postcodes = load();
    }

    /** Notes in {@code checks} what makes the address impossible, naming the field under {@code prefix} ("address"). */
    public void check(String prefix, Address address, FieldChecks checks) {
        String postcode = address.postcode();
        if (!postcodes.contains(postcode)) {
            checks.reject(prefix + ".postcode", FieldErrorCode.INVALID_FORMAT,
                    "'" + postcode + "' is not a Belgian postcode (bpost's list of postcodes)");
            return;
        }
        Optional<String> commune = brusselsCommune(address.municipality());
        if (commune.isPresent() && !BRUSSELS.get(commune.get()).contains(postcode)) {
            checks.reject(prefix + ".postcode", FieldErrorCode.CONFLICTING, "'" + postcode + "' is not a postcode of "
                    + commune.get() + ", whose postcodes are " + String.join(", ", BRUSSELS.get(commune.get())));
        }
        if (commune.isEmpty() && isBrusselsPostcode(postcode)) {
            checks.reject(prefix + ".municipality", FieldErrorCode.CONFLICTING, "postcode " + postcode
                    + " is in the Brussels-Capital Region: the municipality must be one of its 19 communes ("
                    + String.join(", ", BRUSSELS.keySet()) + ")");
        }
    }

    /**
     * What a municipality is searched by: accents, case, spaces and hyphens left out, and a Brussels commune's Dutch
     * name or district (Schaarbeek, Laeken) taken as the commune, so that "schaerbeek" finds "Schaarbeek".
     */
    public static String municipalityKey(String municipality) {
        return brusselsCommune(municipality).map(BelgianAddresses::normalise).orElse(normalise(municipality));
    }

    private static boolean isBrusselsPostcode(String postcode) {
        return BRUSSELS.values().stream().anyMatch(codes -> codes.contains(postcode));
    }

    private static Optional<String> brusselsCommune(String municipality) {
        return Optional.ofNullable(BRUSSELS_NAMES.get(normalise(municipality)));
    }

    private static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Set<String> load() {
        InputStream stream = BelgianAddresses.class.getResourceAsStream(POSTCODES);
        if (stream == null) {
            throw new IllegalStateException(POSTCODES + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(code -> !code.isEmpty())
                    .collect(Collectors.toCollection(HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> brussels() {
        Map<String, List<String>> communes = new LinkedHashMap<>();
        // The City of Brussels spans 1000, Laeken 1020, Neder-Over-Heembeek 1120, Haren 1130, and streets of the
        // European quarter and avenue Louise numbered 1040 and 1050.
        communes.put("Bruxelles", List.of("1000", "1020", "1040", "1050", "1120", "1130"));
        communes.put("Schaerbeek", List.of("1030"));
        communes.put("Etterbeek", List.of("1040"));
        communes.put("Ixelles", List.of("1050"));
        communes.put("Saint-Gilles", List.of("1060"));
        communes.put("Anderlecht", List.of("1070"));
        communes.put("Molenbeek-Saint-Jean", List.of("1080"));
        communes.put("Koekelberg", List.of("1081"));
        communes.put("Berchem-Sainte-Agathe", List.of("1082"));
        communes.put("Ganshoren", List.of("1083"));
        communes.put("Jette", List.of("1090"));
        communes.put("Evere", List.of("1140"));
        communes.put("Woluwe-Saint-Pierre", List.of("1150"));
        communes.put("Auderghem", List.of("1160"));
        communes.put("Watermael-Boitsfort", List.of("1170"));
        communes.put("Uccle", List.of("1180"));
        communes.put("Forest", List.of("1190"));
        communes.put("Woluwe-Saint-Lambert", List.of("1200"));
        communes.put("Saint-Josse-ten-Noode", List.of("1210"));
        return communes;
    }

    private static Map<String, String> brusselsNames() {
        Map<String, String> names = new LinkedHashMap<>();
        BRUSSELS.keySet().forEach(name -> names.put(normalise(name), name));
        String[][] aliases = {
                {"Brussel", "Bruxelles"}, {"Brussels", "Bruxelles"}, {"Bruxelles-Ville", "Bruxelles"},
                {"Brussel-Stad", "Bruxelles"}, {"Ville de Bruxelles", "Bruxelles"}, {"Laeken", "Bruxelles"},
                {"Laken", "Bruxelles"}, {"Neder-Over-Heembeek", "Bruxelles"}, {"Haren", "Bruxelles"},
                {"Schaarbeek", "Schaerbeek"}, {"Elsene", "Ixelles"}, {"Sint-Gillis", "Saint-Gilles"},
                {"Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"}, {"Molenbeek", "Molenbeek-Saint-Jean"},
                {"Sint-Agatha-Berchem", "Berchem-Sainte-Agathe"}, {"Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre"},
                {"Oudergem", "Auderghem"}, {"Watermaal-Bosvoorde", "Watermael-Boitsfort"}, {"Ukkel", "Uccle"},
                {"Vorst", "Forest"}, {"Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"},
                {"Sint-Joost-ten-Node", "Saint-Josse-ten-Noode"}};
        for (String[] alias : aliases) {
            names.put(normalise(alias[0]), alias[1]);
        }
        return names;
    }
}
