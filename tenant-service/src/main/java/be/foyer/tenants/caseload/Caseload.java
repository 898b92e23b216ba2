package be.foyer.tenants.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import be.foyer.tenants.followup.FollowUpMode;
import be.foyer.tenants.tenant.Tenant;

/**
 * A worker's day: the people they follow (those needing contact first), this week's appointments, the files they
 * opened last.
 */
public record Caseload(List<FollowedTenant> tenants, List<WeekAppointment> appointments,
        List<OpenedFile> recentlyOpened) {

    /**
     * @param lastContactOn      the date of the last follow-up that took place, or {@code null} if none did
     * @param metThisMonth       a follow-up took place this (Brussels) month
     * @param noContactFor30Days none in the last 30 days, or never
     */
    public record FollowedTenant(Tenant tenant, LocalDate lastContactOn, boolean metThisMonth,
            boolean noContactFor30Days) {
    }

    public record WeekAppointment(String followUpId, Tenant tenant, LocalDate date, LocalTime time,
            FollowUpMode mode) {
    }

    public record OpenedFile(Tenant tenant, Instant openedAt) {
    }
}
