package be.foyer.housing.address.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.foyer.housing.address.Address;
import be.foyer.platform.validation.SingleLineText;

/** An address as a request carries it; {@link be.foyer.housing.address.BelgianAddresses} checks it exists. */
public record AddressInput(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @SingleLineText String street,
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") @SingleLineText String number,
        @Size(max = 20, message = "must be at most 20 characters") @SingleLineText String box,
        @NotBlank(message = "is required")
        @Pattern(regexp = "\\s*[1-9][0-9]{3}\\s*", message = "must be a Belgian postcode: four digits, 1000 to 9999")
        String postcode,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @SingleLineText String municipality) {

    public Address toAddress() {
        return new Address(street, number, box, postcode, municipality).tidy();
    }
}
