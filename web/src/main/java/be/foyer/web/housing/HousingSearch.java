package be.foyer.web.housing;

import java.time.LocalDate;
import java.util.List;

/** A housing search with its steps ({@code GET /api/housing-searches[/{id}]}). */
public record HousingSearch(String id, String tenantId, LocalDate openedOn, String status, List<Step> steps,
        LocalDate closedOn, String tenancyId) {

    public record Step(String id, String kind, LocalDate date, String detail, String recordedBy) {
    }

    public List<Step> stepList() {
        return steps == null ? List.of() : steps;
    }

    /** The latest step by date (the one recorded later on the same day), or null. */
    public Step lastStep() {
        Step last = null;
        for (Step step : stepList()) {
            if (last == null || step.date() == null || last.date() == null || !step.date().isBefore(last.date())) {
                last = step;
            }
        }
        return last;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
