package be.foyer.platform.domain;

/**
 * Who wrote or changed a record, the one way every record keeps it: {@code id} is the account's stable id (the
 * token subject), what records are compared and filtered by; {@code name} is the name people read, as it was when
 * they wrote (pages show it, never the id).
 */
public record Author(String id, String name) {
}
