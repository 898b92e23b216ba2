package be.foyer.web.calendar.planning;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/** Cancelling a whole series, after a confirmation: {@code PATCH /api/activities/{id} {"status":"CANCELLED"}}. */
@Controller
class SeriesCancelController {

    private static final String PATH = "/calendar/activities/{id}/cancel";

    private final ApiClient api;
    private final PlanningErrors errors;
    private final Texts texts;

    SeriesCancelController(ApiClient api, PlanningErrors errors, Texts texts) {
        this.api = api;
        this.errors = errors;
        this.texts = texts;
    }

    @GetMapping(PATH)
    String confirm(CurrentUser user, @PathVariable String id, Model model) {
        Planners.requireActivityPlanner(user, PATH);
        return page(id, api.get("/api/activities/{id}", Activity.class, id).title(), FormErrors.NONE, model);
    }

    @PostMapping(PATH)
    String cancel(CurrentUser user, @PathVariable String id, Model model, RedirectAttributes redirect) {
        Planners.requireActivityPlanner(user, PATH);
        Activity cancelled;
        try {
            cancelled = api.patch("/api/activities/{id}", Map.of("status", "CANCELLED"), Activity.class, id);
        } catch (ApiProblemException refused) {
            return page(id, api.get("/api/activities/{id}", Activity.class, id).title(), errors.of(refused, null),
                    model);
        } catch (ServiceUnavailableException outage) {
            return page(id, "", errors.of(outage), model);
        }
        Banners.success(redirect, texts.of("planning.cancelSeries.done", cancelled.title()));
        return "redirect:/calendar/activities/" + id;
    }

    private String page(String id, String title, FormErrors formErrors, Model model) {
        model.addAttribute("nav", "calendar");
        model.addAttribute("caption", title);
        model.addAttribute("heading", texts.of("planning.cancelSeries.title"));
        model.addAttribute("body", texts.of("planning.cancelSeries.body", title));
        model.addAttribute("submit", texts.of("planning.cancelSeries.submit"));
        model.addAttribute("action", "/calendar/activities/" + id + "/cancel");
        model.addAttribute("back", "/calendar/activities/" + id);
        model.addAttribute("errors", formErrors);
        return "calendar/planning/cancel";
    }

}
