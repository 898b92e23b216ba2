package be.foyer.tenants.followup.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.followup.FollowUp;
import be.foyer.tenants.followup.FollowUpService;
import be.foyer.tenants.followup.web.FollowUpRequests.ChangeFollowUp;
import be.foyer.tenants.followup.web.FollowUpRequests.RecordFollowUp;
import be.foyer.tenants.followup.web.FollowUpRequests.Withdraw;
import be.foyer.tenants.followup.web.FollowUpViews.FollowUpView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Follow-ups and appointments of a tenant; volunteers log, read, correct and withdraw them for their assigned
 * tenants, never with health notes.
 */
@Tag(name = "Follow-ups", description = "Meetings, calls and appointments recorded in a tenant's follow-up.")
@RestController
@RequestMapping("/api/tenants/{tenantId}/follow-ups")
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
public class FollowUpController {

    private final FollowUpService followUps;

    public FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Operation(summary = "Record a follow-up")
    @PostMapping
    public ResponseEntity<FollowUpView> record(Caller caller, @PathVariable String tenantId,
            @Valid @RequestBody RecordFollowUp request) {
        FollowUp followUp = followUps.record(caller, tenantId, request.entry());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenantId + "/follow-ups/" + followUp.id()))
                .body(FollowUpView.of(followUp));
    }

    /** The timeline, latest first; every filter is optional, {@code from} and {@code to} included. */
    @Operation(summary = "List a tenant's follow-ups")
    @GetMapping
    public PageResult<FollowUpView> list(Caller caller, @PathVariable String tenantId,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String status, PageQuery page) {
        return followUps.list(caller, tenantId, FollowUpFilters.parse(mode, domain, from, to, status), page)
                .map(FollowUpView::of);
    }

    @Operation(summary = "Read a follow-up")
    @GetMapping("/{followUpId}")
    public FollowUpView get(Caller caller, @PathVariable String tenantId, @PathVariable String followUpId) {
        return FollowUpView.of(followUps.get(caller, tenantId, followUpId));
    }

    @Operation(summary = "Change a follow-up")
    @PatchMapping("/{followUpId}")
    public FollowUpView change(Caller caller, @PathVariable String tenantId, @PathVariable String followUpId,
            @Valid @RequestBody ChangeFollowUp request) {
        return FollowUpView.of(followUps.change(caller, tenantId, followUpId, request.changes()));
    }

    @Operation(summary = "Withdraw a follow-up recorded by mistake")
    @PostMapping("/{followUpId}/withdraw")
    public FollowUpView withdraw(Caller caller, @PathVariable String tenantId, @PathVariable String followUpId,
            @Valid @RequestBody Withdraw request) {
        return FollowUpView.of(followUps.withdraw(caller, tenantId, followUpId, request.reason()));
    }
}
