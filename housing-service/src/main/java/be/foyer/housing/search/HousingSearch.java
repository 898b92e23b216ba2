package be.foyer.housing.search;

import java.time.LocalDate;
import java.util.List;

import be.foyer.platform.domain.Author;

/** A worker's search for a home with a tenant, step by step, until housed or abandoned. */
public record HousingSearch(
        String id,
        String organisation,
        String tenantId,
        LocalDate openedOn,
        SearchStatus status,
        List<SearchStep> steps,
        LocalDate closedOn,
        String tenancyId,
        Author openedBy) {
}
