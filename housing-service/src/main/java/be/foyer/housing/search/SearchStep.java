package be.foyer.housing.search;

import java.time.LocalDate;

import be.foyer.platform.domain.Author;

/**
 * One step of a housing search. {@code detail} is free text (a landlord's name, a refusal's reason) that stays in
 * this service and is wiped when the tenant is erased.
 */
public record SearchStep(String id, StepKind kind, LocalDate date, String detail, Author recordedBy) {
}
