package be.foyer.web.calendar.activity;

import java.time.Instant;
import java.util.List;

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
import be.foyer.web.support.Pager;

/** The series: its details and its dates from today on, 20 a page, each linking to the date's page. */
@Controller
class SeriesPageController {

    private static final int SIZE = 20;
    private static final ParameterizedTypeReference<ApiList<Occurrence>> OCCURRENCES = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;
    private final ActivityReader reader;

    SeriesPageController(ApiClient api, ActivityReader reader) {
        this.api = api;
        this.reader = reader;
    }

    @GetMapping("/calendar/activities/{activityId}")
    String series(@PathVariable String activityId, @RequestParam(defaultValue = "0") int page, CurrentUser user,
            Model model) {
        Activity activity = reader.activity(activityId);
        ApiList<Occurrence> occurrences = api.get("/api/activities/{id}/occurrences?page={page}&size={size}",
                OCCURRENCES, activityId, Math.max(0, page), SIZE);
        model.addAttribute("activity", activity);
        model.addAttribute("occurrences", occurrences);
        model.addAttribute("pager", Pager.of(UriComponentsBuilder.fromPath("/calendar/activities/{id}")
                .uriVariables(java.util.Map.of("id", activityId)), occurrences));
        model.addAttribute("mayPlan", ActivityRights.mayPlan(user, activity.organisation()) && !activity.isCancelled());
        model.addAttribute("next", next(occurrences.items()));
        return "calendar/activity/series";
    }

    /** The first date still to come and not cancelled: where "register" leads. */
    private static Occurrence next(List<Occurrence> occurrences) {
        Instant now = Instant.now();
        return occurrences.stream().filter(o -> !o.isCancelled() && o.startsAt() != null && o.startsAt().isAfter(now))
                .findFirst().orElse(null);
    }
}
