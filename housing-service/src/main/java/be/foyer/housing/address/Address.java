package be.foyer.housing.address;

/** A Belgian postal address. {@code box} (boîte / bus) is optional. Addresses never leave this service. */
public record Address(String street, String number, String box, String postcode, String municipality) {

    /** How a page names the place in one line: "Rue de la Victoire 7/1, 1060 Saint-Gilles". */
    public String label() {
        return street + " " + number + (box == null ? "" : "/" + box) + ", " + postcode + " " + municipality;
    }

    /** The address with its parts trimmed and an empty box dropped: what users type is rarely tidy. */
    public Address tidy() {
        return new Address(street.strip(), number.strip(), box == null || box.isBlank() ? null : box.strip(),
                postcode.strip(), municipality.strip());
    }
}
