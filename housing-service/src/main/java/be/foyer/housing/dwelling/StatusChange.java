package be.foyer.housing.dwelling;

import java.time.LocalDate;

/** One entry of a dwelling's status history. */
public record StatusChange(DwellingStatus status, DwellingStatus previousStatus, LocalDate changedOn) {
}
