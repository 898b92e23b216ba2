package be.foyer.tenants.audit;

import java.time.Instant;

/** One read of a tenant file: who (username), when, what. */
public record FileRead(String readBy, Instant readAt, ReadSubject what) {
}
