package be.foyer.activities.occurrence.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.occurrence.OccurrenceService;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The occurrences of one activity, for its page: every calendar reader, the federation analyst included (federation
 * activities only). Changing one occurrence is {@link OccurrenceController}'s.
 */
@Tag(name = "Occurrences", description = "The dated occurrences of an activity series.")
@RestController
@RequestMapping("/api/activities/{id}/occurrences")
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer', 'federation-analyst')")
public class SeriesOccurrencesController {

    private final OccurrenceService occurrences;

    public SeriesOccurrencesController(OccurrenceService occurrences) {
        this.occurrences = occurrences;
    }

    /** From {@code from} (default today) to {@code to} (both included), by start; cancelled ones with their status. */
    @Operation(summary = "List the occurrences of a series")
    @GetMapping
    public PageResult<OccurrenceView> list(Caller caller, @PathVariable String id, PageQuery page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return occurrences.ofSeries(caller.organisation(), id, from, to, page).map(OccurrenceView::of);
    }

    /** 404 when it is not an occurrence of this activity. */
    @Operation(summary = "Read one occurrence")
    @GetMapping("/{occurrenceId}")
    public OccurrenceView get(Caller caller, @PathVariable String id, @PathVariable String occurrenceId) {
        return OccurrenceView.of(occurrences.find(caller.organisation(), id, occurrenceId));
    }
}
