package be.foyer.housing.search.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.housing.search.HousingSearch;
import be.foyer.housing.search.HousingSearchService;
import be.foyer.housing.search.SearchStatus;
import be.foyer.housing.search.SearchStep;
import be.foyer.housing.search.StepKind;
import be.foyer.platform.security.Caller;
import be.foyer.platform.validation.MultiLineText;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organisation's housing searches and their steps. */
@Tag(name = "Housing searches", description = "A tenant's search for a home: opened, its steps, closed.")
@RestController
@RequestMapping("/api/housing-searches")
@PreAuthorize("hasAnyRole('staff', 'coordinator')")
public class HousingSearchController {

    private final HousingSearchService searches;

    public HousingSearchController(HousingSearchService searches) {
        this.searches = searches;
    }

    @Operation(summary = "Open a housing search for a tenant")
    @PostMapping
    public ResponseEntity<SearchView> open(Caller caller, @Valid @RequestBody OpenSearch request) {
        HousingSearch search = searches.open(caller.requireOrganisation(), request.tenantId().strip(),
                request.openedOn(), caller.author());
        return ResponseEntity.created(URI.create("/api/housing-searches/" + search.id())).body(SearchView.of(search));
    }

    @Operation(summary = "List housing searches")
    @GetMapping
    public PageResult<SearchView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) SearchStatus status, @RequestParam(required = false) String tenantId) {
        return searches.list(caller.requireOrganisation(), status,
                tenantId == null || tenantId.isBlank() ? null : tenantId.strip(), page).map(SearchView::of);
    }

    @Operation(summary = "Read a housing search and its steps")
    @GetMapping("/{id}")
    public SearchView get(Caller caller, @PathVariable String id) {
        return SearchView.of(searches.get(caller.requireOrganisation(), id));
    }

    @Operation(summary = "Record a step of a housing search")
    @PostMapping("/{id}/steps")
    public ResponseEntity<StepView> recordStep(Caller caller, @PathVariable String id,
            @Valid @RequestBody RecordStep request) {
        String detail = request.detail() == null || request.detail().isBlank() ? null : request.detail().strip();
        SearchStep step = searches.recordStep(caller.requireOrganisation(), id, request.kind(), request.date(),
                detail, caller.author());
        return ResponseEntity.created(URI.create("/api/housing-searches/" + id)).body(StepView.of(step));
    }

    /** Abandons the search; a search closes as housed by itself when a tenancy starts for its tenant. */
    @Operation(summary = "Close a housing search")
    @PostMapping("/{id}/close")
    public SearchView close(Caller caller, @PathVariable String id,
            @Valid @RequestBody(required = false) CloseSearch request) {
        return SearchView.of(searches.abandon(caller.requireOrganisation(), id,
                request == null ? null : request.closedOn()));
    }

    public record OpenSearch(@NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") @SingleLineText String tenantId,
            @PlausibleDate(yearsBack = 20, yearsAhead = 1) LocalDate openedOn) {
    }

    public record RecordStep(
            @NotNull(message = "is required: VISIT, AIS_APPLICATION, SISP_APPLICATION, LANDLORD_CONTACT, REFUSAL, "
                    + "OFFER or LEASE_SIGNED") StepKind kind,
            @PlausibleDate(yearsBack = 20, yearsAhead = 1) LocalDate date,
            @Size(max = 2000, message = "must be at most 2000 characters") @MultiLineText String detail) {
    }

    public record CloseSearch(@PlausibleDate(yearsBack = 20, yearsAhead = 1) LocalDate closedOn) {
    }

    public record SearchView(String id, String tenantId, LocalDate openedOn, SearchStatus status,
            List<StepView> steps, LocalDate closedOn, String tenancyId) {
        static SearchView of(HousingSearch search) {
            return new SearchView(search.id(), search.tenantId(), search.openedOn(), search.status(),
                    search.steps().stream().map(StepView::of).toList(), search.closedOn(), search.tenancyId());
        }
    }

    /** A step as a page shows it: {@code recordedBy} is the name of the worker who recorded it. */
    public record StepView(String id, StepKind kind, LocalDate date, String detail, String recordedBy) {
        static StepView of(SearchStep step) {
            return new StepView(step.id(), step.kind(), step.date(), step.detail(),
                    step.recordedBy() == null ? null : step.recordedBy().name());
        }
    }
}
