package be.foyer.web.calendar.planning;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * Changing a series: the activity's fields and its recurrence read back into the picker. The form is compared with
 * the activity read again at POST time and only the differences are sent ({@code PATCH}); the API's 409s (a date
 * with registrations would disappear, fewer places than people registered, a cancelled series) are said in plain
 * words beside what to change.
 */
@Controller
class EditActivityController {

    private static final String PATH = "/calendar/activities/{id}/edit";

    private final ApiClient api;
    private final PlanningErrors errors;
    private final RecurrenceWords words;
    private final Texts texts;
    private final PlanningChoices choices;

    EditActivityController(ApiClient api, PlanningErrors errors, RecurrenceWords words, Texts texts,
            PlanningChoices choices) {
        this.api = api;
        this.errors = errors;
        this.words = words;
        this.texts = texts;
        this.choices = choices;
    }

    @GetMapping(PATH)
    String form(CurrentUser user, @PathVariable String id, Model model) {
        Planners.requireActivityPlanner(user, PATH);
        Activity activity = api.get("/api/activities/{id}", Activity.class, id);
        return page(id, activity, ActivityForm.of(activity), FormErrors.NONE, model);
    }

    @PostMapping(PATH)
    String change(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Planners.requireActivityPlanner(user, PATH);
        ActivityForm form = ActivityForm.from(params);
        if (params.containsKey("moreExceptions")) {
            return page(id, null, form, FormErrors.NONE, model);
        }
        List<ApiFieldError> typos = form.check();
        if (!typos.isEmpty()) {
            return page(id, null, form, errors.ofPage(typos, form.picker()), model);
        }
        Activity changed;
        try {
            Activity current = api.get("/api/activities/{id}", Activity.class, id);
            Map<String, Object> changes = form.changesFrom(ActivityForm.of(current));
            if (changes.isEmpty()) {
                Banners.success(redirect, texts.of("planning.activity.edit.nothing"));
                return "redirect:/calendar/activities/" + id;
            }
            changed = api.patch("/api/activities/{id}", changes, Activity.class, id);
        } catch (ApiProblemException refused) {
            return page(id, null, form, errors.of(refused, form.picker()), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, null, form, errors.of(outage), model);
        }
        Banners.success(redirect, texts.of("planning.activity.changed", changed.title(), words.of(form.picker())),
                "activity-" + id);
        return "redirect:/calendar/activities/" + id;
    }

    private String page(String id, Activity activity, ActivityForm form, FormErrors formErrors, Model model) {
        model.addAttribute("activityId", id);
        model.addAttribute("title", activity == null ? form.title() : activity.title());
        model.addAttribute("form", form);
        model.addAttribute("picker", form.picker());
        model.addAttribute("summary", words.of(form.picker()));
        choices.addTo(model);
        model.addAttribute("errors", formErrors);
        model.addAttribute("editing", true);
        model.addAttribute("action", "/calendar/activities/" + id + "/edit");
        return "calendar/planning/activity";
    }

}
