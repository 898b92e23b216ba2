package be.foyer.reporting.projection;

/**
 * Distinct people among some tenants, counted once per federation key where they have one.
 *
 * @param withoutKey how many of the distinct people were counted by tenant id, for want of a key
 */
public record People(long distinct, long withoutKey) {
}
