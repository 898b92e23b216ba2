package be.foyer.web.council.decisions;

import static be.foyer.web.support.FormValues.blankToNull;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.annotation.JsonInclude;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * What a decision led to, recorded by a facilitator or a coordinator (others get the not-allowed page before the
 * API is asked): an existing activity picked by title among the calendar's coming ones ({@code kind=ACTIVITY}), or
 * a house rule changed on a site ({@code kind=HOUSE_RULE}: the site's name and what changed). One form at a time;
 * each links to the other.
 */
@Controller
class DecisionLinksController {

    static final String FORM = "decisions.link";
    static final String ACTIVITY = "ACTIVITY";
    static final String HOUSE_RULE = "HOUSE_RULE";

    private final ApiClient api;
    private final ComingActivities comingActivities;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    DecisionLinksController(ApiClient api, ComingActivities comingActivities, FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.comingActivities = comingActivities;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /** The body of {@code POST /api/council/decisions/{id}/links}: only the fields of its kind. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewLink(String kind, String activityId, String siteName, String description) {
    }

    /** What the form shows again: the kind and what was typed or picked. */
    public record LinkValues(String kind, String activityId, String siteName, String description) {
    }

    @GetMapping("/council/decisions/{id}/links/new")
    String form(@PathVariable String id, @RequestParam(defaultValue = ACTIVITY) String kind, CurrentUser user,
            Model model) {
        requireLinker(user, id);
        return page(id, new LinkValues(HOUSE_RULE.equals(kind) ? HOUSE_RULE : ACTIVITY, "", "", ""), FormErrors.NONE,
                model);
    }

    /** The address a refused form is shown at (e.g. after switching language there): the form again. */
    @GetMapping("/council/decisions/{id}/links")
    String formAgain(@PathVariable String id, @RequestParam(defaultValue = ACTIVITY) String kind) {
        return "redirect:/council/decisions/" + id + "/links/new?kind="
                + (HOUSE_RULE.equals(kind) ? HOUSE_RULE : ACTIVITY);
    }

    @PostMapping("/council/decisions/{id}/links")
    String link(@PathVariable String id, @RequestParam(defaultValue = ACTIVITY) String kind,
            @RequestParam(defaultValue = "") String activityId, @RequestParam(defaultValue = "") String siteName,
            @RequestParam(defaultValue = "") String description, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        requireLinker(user, id);
        boolean houseRule = HOUSE_RULE.equals(kind);
        LinkValues values = new LinkValues(houseRule ? HOUSE_RULE : ACTIVITY, activityId, siteName, description);
        NewLink link = houseRule
                ? new NewLink(HOUSE_RULE, null, blankToNull(siteName),
                        blankToNull(description))
                : new NewLink(ACTIVITY, blankToNull(activityId), null, null);
        FormErrors errors;
        try {
            api.post("/api/council/decisions/{id}/links", link, Decision.class, id);
            Banners.success(redirect, texts.of(houseRule ? "decisions.link.savedHouseRule"
                    : "decisions.link.savedActivity"), houseRule ? draftKey(id) : null);
            return "redirect:/council/decisions/" + id;
        } catch (ApiProblemException refused) {
            errors = formErrors.of(refused, FORM);
        } catch (ServiceUnavailableException outage) {
            errors = formErrors.of(outage);
        }
        return page(id, values, errors, model);
    }

    private String page(String id, LinkValues values, FormErrors errors, Model model) {
        Decision decision = null;
        List<ComingActivities.ComingActivity> activities = List.of();
        boolean activitiesUnavailable = false;
        try {
            decision = api.get("/api/council/decisions/{id}", Decision.class, id);
            if (ACTIVITY.equals(values.kind())) {
                activities = comingActivities.list();
            }
        } catch (ServiceUnavailableException outage) {
            if (errors.isEmpty()) {
                throw outage;
            }
            activitiesUnavailable = true; // down while posting: the form stays with what was typed
        }
        model.addAttribute("decisionId", id);
        model.addAttribute("decision", decision);
        model.addAttribute("link", values);
        model.addAttribute("activities", activities);
        model.addAttribute("activitiesUnavailable", activitiesUnavailable);
        model.addAttribute("draftKey", draftKey(id));
        model.addAttribute("errors", errors);
        return "council/decisions/link-new";
    }

    private static String draftKey(String decisionId) {
        return "decision-link-" + decisionId;
    }

    /** Facilitators and coordinators link decisions (the API's rule); the page says so before asking it. */
    private static void requireLinker(CurrentUser user, String decisionId) {
        if (!user.has("facilitator") && !user.has("coordinator")) {
            throw new ForbiddenException("/council/decisions/" + decisionId + "/links");
        }
    }
}
