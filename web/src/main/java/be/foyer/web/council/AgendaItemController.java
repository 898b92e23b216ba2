package be.foyer.web.council;

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
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;

/**
 * Proposing an agenda item: its title; a facilitator says which organisation proposes it, staff and coordinators
 * propose it for their own organisation and may name one of their tenants it is on behalf of.
 */
@Controller
class AgendaItemController {

    static final String FORM = "council.item";

    private final ApiClient api;
    private final FormErrorMessages formErrors;
    private final CouncilOrganisations organisations;

    AgendaItemController(ApiClient api, FormErrorMessages formErrors, CouncilOrganisations organisations) {
        this.api = api;
        this.formErrors = formErrors;
        this.organisations = organisations;
    }

    /** The body of {@code POST /api/council/meetings/{id}/agenda-items}; tenant fields only on a tenant's behalf. */
    record ProposeItem(String title, String tenantId, String firstName, String proposingOrganisation) {
    }

    /** What the form holds, as typed. */
    record ItemForm(String title, String proposingOrganisation, String tenantId) {
    }

    @GetMapping("/council/meetings/{id}/agenda-items/new")
    String form(@PathVariable String id, CurrentUser user, Model model) {
        CouncilForms.requireProposer(user, "/council/meetings/" + id + "/agenda-items/new");
        return page(id, new ItemForm("", "", null), FormErrors.NONE, user, model);
    }

    @PostMapping("/council/meetings/{id}/agenda-items/new")
    String propose(@PathVariable String id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String proposingOrganisation, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        CouncilForms.requireProposer(user, "/council/meetings/" + id + "/agenda-items/new");
        ItemForm form = new ItemForm(title, proposingOrganisation, null);
        boolean facilitator = user.has("facilitator");
        try {
            api.post("/api/council/meetings/{id}/agenda-items", new ProposeItem(CouncilForms.blankToNull(title),
                    null, null, facilitator ? CouncilForms.blankToNull(proposingOrganisation) : null),
                    Meeting.class, id);
        } catch (ApiProblemException refused) {
            return page(id, form, formErrors.of(refused, FORM), user, model);
        } catch (ServiceUnavailableException outage) {
            return page(id, form, formErrors.of(outage), user, model);
        }
        redirect.addFlashAttribute("banner", "council.banner.itemAdded");
        redirect.addFlashAttribute("draftClear", draftKey(id));
        return "redirect:/council/meetings/" + id + "#agenda";
    }

    private String page(String id, ItemForm form, FormErrors errors, CurrentUser user, Model model) {
        model.addAttribute("meetingId", id);
        model.addAttribute("meeting", CouncilReads.meetingKeptOnOutage(api, id, errors));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draftKey(id));
        model.addAttribute("organisations", organisations.options());
        return "council/agenda-item";
    }

    static String draftKey(String meetingId) {
        return "council-item-" + meetingId;
    }
}
