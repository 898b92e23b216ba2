package be.foyer.tenants.followup.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.followup.FollowUpService;
import be.foyer.tenants.followup.web.FollowUpViews.PlaceView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The federation's directory of places already used (issue 12): name, category and the federation-wide id, whoever
 * went there. Places hold no personal data, so the workers of every organisation read the same directory; roles
 * without case files (facilitator, analyst) reach nothing in tenant-service, this included.
 */
@Tag(name = "Places", description = "The directory of known places (services, offices) to name in a follow-up.")
@RestController
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
public class PlaceDirectoryController {

    static final int MAX_QUERY = 100;
    static final int MAX_SIZE = 50;

    private final FollowUpService followUps;

    public PlaceDirectoryController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    /** One page, most used first; {@code q}: words of the name, accents and case ignored; {@code size} 1–50. */
    @Operation(summary = "Search the directory of places")
    @GetMapping("/api/places")
    public PageResult<PlaceView> places(@RequestParam(required = false) String q,
            @RequestParam(required = false) String size, @RequestParam(required = false) String page) {
        FieldChecks checks = new FieldChecks();
        PageQuery.checkSinglePage(page, checks);
        checks.require(q == null || q.length() <= MAX_QUERY, "q", FieldErrorCode.TOO_LONG,
                "must be at most " + MAX_QUERY + " characters");
        Integer limit = size == null || size.isBlank() ? Integer.valueOf(PageQuery.DEFAULT_SIZE) : parsed(size);
        checks.require(limit != null && limit >= 1 && limit <= MAX_SIZE, "size", FieldErrorCode.INVALID,
                "must be a whole number between 1 and " + MAX_SIZE);
        checks.throwIfAny();
        List<PlaceView> items = followUps.directory(q, limit).stream().map(PlaceView::of).toList();
        return PageResult.of(items, new PageQuery(0, limit), items.size());
    }

    private static Integer parsed(String size) {
        try {
            return Integer.valueOf(size.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
