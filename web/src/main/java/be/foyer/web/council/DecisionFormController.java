package be.foyer.web.council;

import static be.foyer.web.support.FormValues.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Organisations;
import be.foyer.web.support.Texts;

/**
 * Recording a council decision (facilitators): what was decided, the votes, which organisation takes care of it,
 * by when, and the agenda item it answers.
 */
@Controller
class DecisionFormController {

    static final String FORM = "council.decision";

    private final ApiClient api;
    private final FormErrorMessages formErrors;
    private final Organisations organisations;
    private final Texts texts;

    DecisionFormController(ApiClient api, FormErrorMessages formErrors, Organisations organisations, Texts texts) {
        this.api = api;
        this.formErrors = formErrors;
        this.organisations = organisations;
        this.texts = texts;
    }

    /** What the form holds, as typed (numbers too, so that "sept" stays to be corrected). */
    record DecisionForm(String text, String votesFor, String votesAgainst, String abstentions,
            String ownerOrganisation, String dueDate, String agendaItemId) {

        static DecisionForm empty() {
            return new DecisionForm("", "0", "0", "0", "", "", "");
        }
    }

    /** The body of {@code POST /api/council/meetings/{id}/decisions}. */
    record Decide(String text, String agendaItemId, Integer votesFor, Integer votesAgainst, Integer abstentions,
            String ownerOrganisation, String dueDate) {
    }

    @GetMapping("/council/meetings/{id}/decisions/new")
    String form(@PathVariable String id, CurrentUser user, Model model) {
        CouncilForms.requireFacilitator(user, "/council/meetings/" + id + "/decisions/new");
        return page(id, DecisionForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/council/meetings/{id}/decisions/new")
    String decide(@PathVariable String id, @ModelAttribute DecisionForm form, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        CouncilForms.requireFacilitator(user, "/council/meetings/" + id + "/decisions/new");
        Map<String, String> votes = new LinkedHashMap<>();
        votes.put("votesFor", form.votesFor());
        votes.put("votesAgainst", form.votesAgainst());
        votes.put("abstentions", form.abstentions());
        List<ApiFieldError> notNumbers = new ArrayList<>();
        votes.forEach((field, typed) -> {
            if (typed != null && !typed.isBlank() && CouncilForms.count(typed) == null) {
                notNumbers.add(new ApiFieldError(field, "not_a_number", null));
            }
        });
        try {
            if (!notNumbers.isEmpty()) {
                throw new ApiProblemException(400, null, notNumbers); // said on the page, nothing sent
            }
            api.post("/api/council/meetings/{id}/decisions", new Decide(blankToNull(form.text()),
                    blankToNull(form.agendaItemId()), CouncilForms.count(form.votesFor()),
                    CouncilForms.count(form.votesAgainst()), CouncilForms.count(form.abstentions()),
                    blankToNull(form.ownerOrganisation()), blankToNull(form.dueDate())),
                    Meeting.Decision.class, id);
        } catch (ApiProblemException refused) {
            return page(id, form, formErrors.of(refused, FORM), model);
        } catch (ServiceUnavailableException outage) {
            return page(id, form, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("council.banner.decisionRecorded"), draftKey(id));
        return "redirect:/council/meetings/" + id;
    }

    private String page(String id, DecisionForm form, FormErrors errors, Model model) {
        Meeting meeting = CouncilReads.meetingKeptOnOutage(api, id, errors);
        Map<String, String> items = new LinkedHashMap<>();
        if (meeting != null) {
            meeting.agenda().forEach(item -> items.put(item.id(), item.position() + ". " + item.title()));
        }
        model.addAttribute("meetingId", id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draftKey(id));
        model.addAttribute("organisations", organisations.options());
        model.addAttribute("items", items);
        return "council/decision-new";
    }

    static String draftKey(String meetingId) {
        return "council-decision-" + meetingId;
    }
}
