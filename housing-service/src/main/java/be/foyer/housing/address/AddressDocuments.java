package be.foyer.housing.address;

import org.bson.Document;

/** How an address is kept in MongoDB, the same in sites and dwellings. */
public final class AddressDocuments {

    private AddressDocuments() {
    }

    public static Document toDocument(Address address) {
        return new Document("street", address.street())
                .append("number", address.number())
                .append("box", address.box())
                .append("postcode", address.postcode())
                .append("municipality", address.municipality());
    }

    public static Address toAddress(Document document) {
        return new Address(document.getString("street"), document.getString("number"), document.getString("box"),
                document.getString("postcode"), document.getString("municipality"));
    }
}
