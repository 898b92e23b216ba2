package be.foyer.web.council.decisions;

import static be.foyer.web.support.FormValues.blankToNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * One decision: its text, the meeting that took it, the votes in words, who carries it out and by when, its status,
 * what it led to; facilitators follow it up here (status and due date), facilitators and coordinators are offered
 * to create or link what it led to. The API refuses anyone else's follow-up anyway (the not-allowed page).
 */
@Controller
class DecisionPageController {

    static final String FOLLOW_UP_FORM = "decisions.followUp";

    private final ApiClient api;
    private final DecisionChoices choices;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    DecisionPageController(ApiClient api, DecisionChoices choices, FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.choices = choices;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    /**
     * The body of {@code PATCH /api/council/decisions/{id}}; a null due date leaves it as it is (the API cannot
     * clear one).
     */
    public record FollowUp(String status, String dueDate) {
    }

    @GetMapping("/council/decisions/{id}")
    String decision(@PathVariable String id, Model model) {
        Decision decision = api.get("/api/council/decisions/{id}", Decision.class, id);
        return page(id, decision, decision.status(), decision.dueDate() == null ? "" : decision.dueDate().toString(),
                FormErrors.NONE, model);
    }

    /** The address a refused follow-up is shown at (e.g. after switching language there): the decision. */
    @GetMapping("/council/decisions/{id}/follow-up")
    String decisionAgain(@PathVariable String id) {
        return "redirect:/council/decisions/" + id;
    }

    @PostMapping("/council/decisions/{id}/follow-up")
    String followUp(@PathVariable String id, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String dueDate, Model model, RedirectAttributes redirect) {
        FormErrors errors;
        try {
            api.patch("/api/council/decisions/{id}", new FollowUp(blankToNull(status), blankToNull(dueDate)),
                    Decision.class, id);
            Banners.success(redirect, texts.of("decisions.followUp.saved"));
            return "redirect:/council/decisions/" + id;
        } catch (ApiProblemException refused) {
            errors = formErrors.of(refused, FOLLOW_UP_FORM);
        } catch (ServiceUnavailableException outage) {
            errors = formErrors.of(outage);
        }
        Decision decision;
        try {
            decision = api.get("/api/council/decisions/{id}", Decision.class, id);
        } catch (ServiceUnavailableException outage) {
            decision = null; // activity-service went down while posting: the form stays, with what was chosen
        }
        return page(id, decision, status, dueDate, errors, model);
    }

    private String page(String id, Decision decision, String status, String dueDate, FormErrors errors,
            Model model) {
        model.addAttribute("decisionId", id);
        model.addAttribute("decision", decision);
        model.addAttribute("status", status);
        model.addAttribute("dueDate", dueDate);
        model.addAttribute("statusOptions", choices.statuses());
        model.addAttribute("errors", errors);
        return "council/decisions/decision";
    }
}
