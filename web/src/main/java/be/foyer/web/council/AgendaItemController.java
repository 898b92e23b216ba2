package be.foyer.web.council;

import static be.foyer.web.support.FormValues.blankToNull;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Organisations;
import be.foyer.web.support.TenantPicker;
import be.foyer.web.support.Texts;

/**
 * Proposing an agenda item: its title; a facilitator says which organisation proposes it, staff and coordinators
 * propose it for their own organisation and may name one of their tenants it is on behalf of (the shared
 * {@link TenantPicker}); the tenant's first name is sent along, and the API shows it only with the tenant's consent.
 */
@Controller
class AgendaItemController {

    static final String FORM = "council.item";
    static final String FORM_ID = "agenda-item-form";

    private final ApiClient api;
    private final FormErrorMessages formErrors;
    private final Organisations organisations;
    private final TenantPicker picker;
    private final Texts texts;

    AgendaItemController(ApiClient api, FormErrorMessages formErrors, Organisations organisations,
            TenantPicker picker, Texts texts) {
        this.api = api;
        this.formErrors = formErrors;
        this.organisations = organisations;
        this.picker = picker;
        this.texts = texts;
    }

    /** The body of {@code POST /api/council/meetings/{id}/agenda-items}; tenant fields only on a tenant's behalf. */
    record ProposeItem(String title, String tenantId, String firstName, String proposingOrganisation) {
    }

    /** What the form holds, as typed. */
    record ItemForm(String title, String proposingOrganisation, String tenantId) {
    }

    @GetMapping("/council/meetings/{id}/agenda-items/new")
    String form(@PathVariable String id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String tenantId,
            @RequestHeader(name = "HX-Target", required = false) String hxTarget, CurrentUser user, Model model) {
        CouncilForms.requireProposer(user, "/council/meetings/" + id + "/agenda-items/new");
        if (user.isCaseWorker() && TenantPicker.isOptionsRequest(hxTarget)) {
            model.addAttribute("tenantPicker", picker.search(FORM_ID, q, tenantId));
            return TenantPicker.OPTIONS;
        }
        return page(id, new ItemForm("", "", tenantId), q, FormErrors.NONE, user, model);
    }

    @PostMapping("/council/meetings/{id}/agenda-items/new")
    String propose(@PathVariable String id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String proposingOrganisation,
            @RequestParam(required = false) String tenantId, @RequestParam(required = false) String q,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        CouncilForms.requireProposer(user, "/council/meetings/" + id + "/agenda-items/new");
        ItemForm form = new ItemForm(title, proposingOrganisation, tenantId);
        boolean facilitator = user.has("facilitator");
        String tenant = user.isCaseWorker() ? blankToNull(tenantId) : null;
        try {
            api.post("/api/council/meetings/{id}/agenda-items", new ProposeItem(blankToNull(title),
                    tenant, picker.firstName(tenant),
                    facilitator ? blankToNull(proposingOrganisation) : null), Meeting.class, id);
        } catch (ApiProblemException refused) {
            return page(id, form, q, formErrors.of(refused, FORM), user, model);
        } catch (ServiceUnavailableException outage) {
            return page(id, form, q, formErrors.of(outage), user, model);
        }
        Banners.success(redirect, texts.of("council.banner.itemAdded"), draftKey(id));
        return "redirect:/council/meetings/" + id + "#agenda";
    }

    private String page(String id, ItemForm form, String q, FormErrors errors, CurrentUser user, Model model) {
        if (user.isCaseWorker()) {
            model.addAttribute("tenantPicker", picker.search(FORM_ID, q, form.tenantId()));
        }
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
