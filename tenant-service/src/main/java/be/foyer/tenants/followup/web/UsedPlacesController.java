package be.foyer.tenants.followup.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.security.Caller;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.tenants.followup.FollowUpService;
import be.foyer.tenants.followup.web.FollowUpViews.PlaceView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Suggestions for the place of an accompaniment: those the caller's organisation already used. */
@Tag(name = "Places", description = "The directory of known places (services, offices) to name in a follow-up.")
@RestController
@PreAuthorize("hasAnyRole('staff', 'coordinator', 'volunteer')")
public class UsedPlacesController {

    private final FollowUpService followUps;

    public UsedPlacesController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    /** At most {@value FollowUpService#PLACE_SUGGESTIONS}, most used first; {@code q}: words of the name. */
    @Operation(summary = "Search the places the organisation's follow-ups name")
    @GetMapping("/api/tenants/places")
    public PageResult<PlaceView> places(Caller caller, @RequestParam(required = false) String q,
            @RequestParam(required = false) String page) {
        FieldChecks checks = new FieldChecks();
        PageQuery.checkSinglePage(page, checks);
        checks.throwIfAny();
        List<PlaceView> items = followUps.placesUsed(caller, q).stream().map(PlaceView::of).toList();
        // one page of suggestions, in the shape of every list
        return PageResult.of(items, new PageQuery(0, FollowUpService.PLACE_SUGGESTIONS), items.size());
    }
}
