package be.foyer.tenants.followup.web;

import java.net.URI;
import java.time.LocalDate;

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

import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.followup.FollowUp;
import be.foyer.tenants.followup.FollowUpMode;
import be.foyer.tenants.followup.FollowUpService;
import be.foyer.tenants.followup.PlaceCategory;

@RestController
@RequestMapping("/api/tenants/{tenantId}/follow-ups")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class FollowUpController {

    private final FollowUpService followUps;

    public FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @PostMapping
    public ResponseEntity<FollowUpView> record(Caller caller, @PathVariable String tenantId,
            @Valid @RequestBody RecordFollowUp request) {
        FollowUp followUp = followUps.record(caller.requireOrganisation(), tenantId, request.date(), request.mode(),
                request.durationMinutes(), request.place() == null ? null : request.place().name(),
                request.place() == null ? null : request.place().category(), caller.userId());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenantId + "/follow-ups/" + followUp.id()))
                .body(FollowUpView.of(followUp));
    }

    @GetMapping
    public PageResult<FollowUpView> list(Caller caller, @PathVariable String tenantId, PageQuery page) {
        return followUps.list(caller.requireOrganisation(), tenantId, page).map(FollowUpView::of);
    }

    public record RecordFollowUp(
            @NotNull(message = "is required (YYYY-MM-DD)") LocalDate date,
            @NotNull(message = "is required") FollowUpMode mode,
            @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 minute")
            @Max(value = 1440, message = "must be at most 1440 minutes (a day)") Integer durationMinutes,
            @Valid PlaceInput place) {
    }

    public record PlaceInput(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotNull(message = "is required") PlaceCategory category) {
    }

    public record FollowUpView(String id, String tenantId, LocalDate date, FollowUpMode mode, int durationMinutes,
            PlaceView place) {
        static FollowUpView of(FollowUp followUp) {
            return new FollowUpView(followUp.id(), followUp.tenantId(), followUp.date(), followUp.mode(),
                    followUp.durationMinutes(), followUp.place() == null ? null
                            : new PlaceView(followUp.place().id(), followUp.place().name(),
                                    followUp.place().category()));
        }
    }

    public record PlaceView(String id, String name, PlaceCategory category) {
    }
}
