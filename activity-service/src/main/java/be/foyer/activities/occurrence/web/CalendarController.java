package be.foyer.activities.occurrence.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.activities.occurrence.Calendar;
import be.foyer.activities.occurrence.RegistrationService;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The shared calendar as a list of occurrences (and council meetings), beside the series' own endpoints under the
 * same path ({@code ActivityController}): occurrences are this feature's, series the activity feature's.
 */
@Tag(name = "Activities", description = "Activities and their series, as planned by facilitators.")
@RestController
@PreAuthorize("hasAnyRole('facilitator', 'staff', 'coordinator', 'volunteer', 'federation-analyst')")
public class CalendarController {

    private final Calendar calendar;
    private final RegistrationService registrations;

    public CalendarController(Calendar calendar, RegistrationService registrations) {
        this.calendar = calendar;
        this.registrations = registrations;
    }

    /**
     * The occurrences of federation activities and of the caller's own organisation ones, by start; narrowed to an
     * organiser, a category, and with {@code registered=mine} to those where one of the caller's tenants (a
     * volunteer's: assigned to them) holds an active registration. The council's meetings are listed too, unless a
     * filter leaves them out (see {@link CalendarFilters}).
     */
    @Operation(summary = "List coming occurrences of activities")
    @GetMapping("/api/activities")
    public PageResult<OccurrenceView> list(Caller caller, PageQuery page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String category,
            @RequestParam(required = false) String registered) {
        CalendarFilters.Selection selection = CalendarFilters.of(organisation, category, registered,
                () -> registrations.withOwnRegistration(caller));
        return calendar.list(caller.organisation(), from, to, selection.occurrences(), selection.withCouncil(), page)
                .map(OccurrenceView::of);
    }
}
