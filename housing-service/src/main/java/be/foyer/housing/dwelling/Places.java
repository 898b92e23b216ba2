package be.foyer.housing.dwelling;

/**
 * The places of a group of dwellings (a site): how many dwellings, how many places in all, how many taken by
 * running tenancies and how many free. Dwellings under works or withdrawn have no free place.
 */
public record Places(int dwellings, int capacity, int occupied, int free) {

    public static final Places NONE = new Places(0, 0, 0, 0);

    public static Places of(Dwelling dwelling) {
        return new Places(1, dwelling.capacity(), dwelling.occupied(), dwelling.freePlaces());
    }

    public Places plus(Places other) {
        return new Places(dwellings + other.dwellings, capacity + other.capacity, occupied + other.occupied,
                free + other.free);
    }
}
