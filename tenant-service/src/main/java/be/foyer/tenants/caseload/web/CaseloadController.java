package be.foyer.tenants.caseload.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.tenants.caseload.Caseload;
import be.foyer.tenants.caseload.CaseloadService;
import be.foyer.tenants.followup.FollowUpMode;
import be.foyer.tenants.followup.FollowUpStatus;
import be.foyer.tenants.tenant.Tenant;
import be.foyer.tenants.tenant.TenantStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in worker's day, for the home page. */
@Tag(name = "Caseload", description = "The caller's own tenants, coming appointments and recently opened files.")
@RestController
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
public class CaseloadController {

    private final CaseloadService caseloads;

    public CaseloadController(CaseloadService caseloads) {
        this.caseloads = caseloads;
    }

    @Operation(summary = "Read the caller's caseload")
    @GetMapping("/api/tenants/caseload")
    public CaseloadView caseload(Caller caller) {
        Caseload caseload = caseloads.of(caller);
        return new CaseloadView(
                caseload.tenants().stream().map(followed -> new TenantItem(followed.tenant().id(),
                        first(followed.tenant()), last(followed.tenant()), preferred(followed.tenant()),
                        followed.tenant().status(), followed.lastContactOn(), followed.metThisMonth(),
                        followed.noContactFor30Days())).toList(),
                caseload.appointments().stream().map(appointment -> new AppointmentItem(appointment.followUpId(),
                        appointment.tenant().id(), first(appointment.tenant()), last(appointment.tenant()),
                        preferred(appointment.tenant()), appointment.date(),
                        appointment.time() == null ? null : appointment.time().toString(), appointment.mode(),
                        FollowUpStatus.PLANNED)).toList(),
                caseload.recentlyOpened().stream().map(opened -> new OpenedItem(opened.tenant().id(),
                        first(opened.tenant()), last(opened.tenant()), preferred(opened.tenant()),
                        opened.openedAt())).toList());
    }

    public record CaseloadView(List<TenantItem> tenants, List<AppointmentItem> appointments,
            List<OpenedItem> recentlyOpened) {
    }

    public record TenantItem(String id, String firstName, String lastName, String preferredName, TenantStatus status,
            LocalDate lastContactOn, boolean metThisMonth, boolean noContactFor30Days) {
    }

    /** @param time "HH:mm" or {@code null} */
    public record AppointmentItem(String followUpId, String tenantId, String firstName, String lastName,
            String preferredName, LocalDate date, String time, FollowUpMode mode, FollowUpStatus status) {
    }

    public record OpenedItem(String tenantId, String firstName, String lastName, String preferredName,
            Instant openedAt) {
    }

    private static String first(Tenant tenant) {
        return tenant.profile().firstName();
    }

    private static String last(Tenant tenant) {
        return tenant.profile().lastName();
    }

    private static String preferred(Tenant tenant) {
        return tenant.profile().preferredName();
    }
}
