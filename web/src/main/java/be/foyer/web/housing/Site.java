package be.foyer.web.housing;

import java.util.List;

/** A site as {@code GET /api/sites} answers it (the fields pages show). */
public record Site(String id, String name, String housingModel, Address address, List<String> sharedSpaces,
        int freePlaces, Places places) {

    public record Places(int dwellings, int capacity, int occupied, int free) {
    }

    public List<String> spaces() {
        return sharedSpaces == null ? List.of() : sharedSpaces;
    }
}
