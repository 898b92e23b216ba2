package be.foyer.web.council;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.api.ApiClient;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.Pager;

/**
 * The tenants' council: its next and past meetings, and one meeting with its agenda, attendance, minutes and
 * decisions. The API decides who reads them; the federation analyst, who may read only the decisions log, is sent
 * there from {@code /council} (a meeting's page gives the analyst the not-allowed page, as the API says).
 */
@Controller
class CouncilPagesController {

    static final int NEXT_MEETINGS = 5;
    static final int PAST_PAGE_SIZE = 10;
    private static final ParameterizedTypeReference<ApiList<Meeting>> MEETINGS = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;
    private final DateFormats dates;

    CouncilPagesController(ApiClient api, DateFormats dates) {
        this.api = api;
        this.dates = dates;
    }

    @GetMapping("/council")
    String council(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        if (user.has("federation-analyst")) {
            return "redirect:/council/decisions";
        }
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        // from today: by start ascending; without from: latest first (API-11)
        ApiList<Meeting> next = api.get("/api/council/meetings?from={from}&page=0&size={size}", MEETINGS,
                today, NEXT_MEETINGS);
        ApiList<Meeting> past = api.get("/api/council/meetings?to={to}&page={page}&size={size}", MEETINGS,
                today.minusDays(1), Math.max(page, 0), PAST_PAGE_SIZE);
        model.addAttribute("next", next);
        model.addAttribute("past", past);
        model.addAttribute("pager", Pager.of(UriComponentsBuilder.fromPath("/council"), past));
        return "council/index";
    }

    @GetMapping("/council/meetings/{id}")
    String meeting(@PathVariable String id, Model model) {
        Meeting meeting = api.get("/api/council/meetings/{id}", Meeting.class, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("day", dates.date(meeting.day()));
        return "council/meeting";
    }
}
