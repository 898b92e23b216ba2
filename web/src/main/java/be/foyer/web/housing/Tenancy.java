package be.foyer.web.housing;

import java.time.LocalDate;

/** A tenancy as housing-service answers it, saying where it is ({@code dwellingLabel}, {@code siteName}). */
public record Tenancy(String id, String tenantId, String dwellingId, String dwellingLabel, String siteName,
        String housingModel, String room, LocalDate moveInDate, LocalDate plannedEnd, boolean running,
        LocalDate endDate, String endReason) {
}
