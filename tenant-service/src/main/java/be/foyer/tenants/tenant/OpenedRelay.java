package be.foyer.tenants.tenant;

/** A relay with its contact opened, for a case worker to read. */
public record OpenedRelay(Relay relay, String contact) {
}
