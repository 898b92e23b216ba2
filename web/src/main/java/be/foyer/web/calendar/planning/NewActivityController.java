package be.foyer.web.calendar.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.NotFoundException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * Planning an activity: what, when (with the recurrence picker), where, places. Opened from a council decision
 * ({@code ?decision=}), the new activity is then linked to it ({@code POST /api/council/decisions/{id}/links}) and
 * the banner says so; if that link fails the activity stays planned and the banner says to link it from the
 * decision's page.
 */
@Controller
class NewActivityController {

    private static final String PATH = "/calendar/activities/new";

    private final ApiClient api;
    private final PlanningErrors errors;
    private final RecurrenceWords words;
    private final PlanningChoices choices;
    private final Texts texts;

    NewActivityController(ApiClient api, PlanningErrors errors, RecurrenceWords words, PlanningChoices choices,
            Texts texts) {
        this.api = api;
        this.errors = errors;
        this.words = words;
        this.choices = choices;
        this.texts = texts;
    }

    /** The decision an activity is created from, as {@code GET /api/council/decisions/{id}} answers it. */
    public record Decision(String id, String text, LocalDate meetingDate) {
    }

    /** The body of {@code POST /api/council/decisions/{id}/links}. */
    record ActivityLink(String kind, String activityId) {
    }

    @GetMapping(PATH)
    String form(CurrentUser user, @RequestParam(required = false) String decision, Model model) {
        Planners.requireActivityPlanner(user, PATH);
        return page(ActivityForm.empty(), decision(decision), FormErrors.NONE, model);
    }

    @PostMapping(PATH)
    String plan(CurrentUser user, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Planners.requireActivityPlanner(user, PATH);
        ActivityForm form = ActivityForm.from(params);
        String decisionId = TypedTimes.first(params, "decision");
        Decision decision = decisionId.isBlank() ? null : new Decision(decisionId, null, null);
        if (params.containsKey("moreExceptions")) {
            return page(form, decision, FormErrors.NONE, model);
        }
        List<ApiFieldError> typos = form.check();
        if (!typos.isEmpty()) {
            return page(form, decision, errors.ofPage(typos, form.picker()), model);
        }
        Activity planned;
        try {
            planned = api.post("/api/activities", form.body(), Activity.class);
        } catch (ApiProblemException refused) {
            return page(form, decision, errors.of(refused, form.picker()), model);
        } catch (ServiceUnavailableException outage) {
            return page(form, decision, errors.of(outage), model);
        }
        String success = texts.of("planning.activity.created", planned.title(), words.of(form.picker()));
        if (decision != null) {
            success += " " + texts.of(linked(decision.id(), planned.id()) ? "planning.linked" : "planning.linkFailed");
        }
        Banners.success(redirect, success, "activity-new");
        return "redirect:/calendar/activities/" + planned.id();
    }

    private boolean linked(String decisionId, String activityId) {
        try {
            api.post("/api/council/decisions/{id}/links", new ActivityLink("ACTIVITY", activityId), Map.class,
                    decisionId);
            return true;
        } catch (ApiProblemException | ServiceUnavailableException | ForbiddenException | NotFoundException failed) {
            return false;
        }
    }

    private Decision decision(String id) {
        return id == null || id.isBlank() ? null : api.get("/api/council/decisions/{id}", Decision.class, id);
    }

    private String page(ActivityForm form, Decision decision, FormErrors formErrors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("picker", form.picker());
        model.addAttribute("summary", words.of(form.picker()));
        choices.addTo(model);
        model.addAttribute("decision", decision);
        model.addAttribute("errors", formErrors);
        model.addAttribute("editing", false);
        model.addAttribute("action", PATH);
        return "calendar/planning/activity";
    }
}
