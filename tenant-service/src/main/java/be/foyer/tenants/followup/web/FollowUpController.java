package be.foyer.tenants.followup.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.followup.FollowUp;
import be.foyer.tenants.followup.FollowUpEntry;
import be.foyer.tenants.followup.FollowUpMode;
import be.foyer.tenants.followup.FollowUpService;
import be.foyer.tenants.followup.PlaceCategory;
import be.foyer.tenants.tenant.LifeDomain;

/** Follow-ups of a tenant; volunteers log and read them for their assigned tenants, never with health notes. */
@RestController
@RequestMapping("/api/tenants/{tenantId}/follow-ups")
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
public class FollowUpController {

    private final FollowUpService followUps;

    public FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @PostMapping
    public ResponseEntity<FollowUpView> record(Caller caller, @PathVariable String tenantId,
            @Valid @RequestBody RecordFollowUp request) {
        FollowUp followUp = followUps.record(caller, tenantId, new FollowUpEntry(request.date(), request.mode(),
                request.durationMinutes(), request.place() == null ? null : request.place().name(),
                request.place() == null ? null : request.place().category(), request.domains(), request.note(),
                request.healthNote()));
        return ResponseEntity.created(URI.create("/api/tenants/" + tenantId + "/follow-ups/" + followUp.id()))
                .body(FollowUpView.of(followUp));
    }

    @GetMapping
    public PageResult<FollowUpView> list(Caller caller, @PathVariable String tenantId, PageQuery page) {
        return followUps.list(caller, tenantId, page).map(FollowUpView::of);
    }

    /** @param healthNote staff and coordinators only: a volunteer sending one gets 403 */
    public record RecordFollowUp(
            @NotNull(message = "is required (YYYY-MM-DD)") LocalDate date,
            @NotNull(message = "is required") FollowUpMode mode,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 minute")
            @Max(value = 1440, message = "must be at most 1440 minutes (a day)") Integer durationMinutes,
            @Valid PlaceInput place,
            @Size(max = 12, message = "must list each life domain at most once")
            List<@NotNull(message = "must be a life domain") LifeDomain> domains,
            @Size(max = 10000, message = "must be at most 10000 characters") String note,
            @Size(max = 10000, message = "must be at most 10000 characters") String healthNote) {
    }

    public record PlaceInput(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotNull(message = "is required") PlaceCategory category) {
    }

    /** {@code healthNote} is left out for whoever may not read it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpView(String id, String tenantId, LocalDate date, FollowUpMode mode, int durationMinutes,
            PlaceView place, List<LifeDomain> domains, String note, String healthNote, String recordedBy) {
        public static FollowUpView of(FollowUp followUp) {
            return new FollowUpView(followUp.id(), followUp.tenantId(), followUp.date(), followUp.mode(),
                    followUp.durationMinutes(), followUp.place() == null ? null
                            : new PlaceView(followUp.place().id(), followUp.place().name(),
                                    followUp.place().category()),
                    followUp.domains(), followUp.note(), followUp.healthNote(), followUp.recordedBy());
        }
    }

    public record PlaceView(String id, String name, PlaceCategory category) {
    }
}
