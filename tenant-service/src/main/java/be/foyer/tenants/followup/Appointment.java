package be.foyer.tenants.followup;

import java.time.LocalDate;
import java.time.LocalTime;

/** A PLANNED follow-up as an agenda shows it: no note, no place. */
public record Appointment(String followUpId, String tenantId, LocalDate date, LocalTime time, FollowUpMode mode) {
}
