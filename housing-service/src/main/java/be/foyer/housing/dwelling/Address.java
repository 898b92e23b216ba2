package be.foyer.housing.dwelling;

/** A Belgian postal address. {@code box} (boîte / bus) is optional. Addresses never leave this service. */
public record Address(String street, String number, String box, String postcode, String municipality) {
}
