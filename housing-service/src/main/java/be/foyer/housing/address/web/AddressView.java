package be.foyer.housing.address.web;

import be.foyer.housing.address.Address;

public record AddressView(String street, String number, String box, String postcode, String municipality) {

    public static AddressView of(Address address) {
        return new AddressView(address.street(), address.number(), address.box(), address.postcode(),
                address.municipality());
    }
}
