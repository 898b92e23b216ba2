package be.foyer.tenants.audit;

import java.time.Instant;

import be.foyer.platform.domain.Author;

/** One read of a tenant file: who, when, what. */
public record FileRead(Author readBy, Instant readAt, ReadSubject what) {
}
