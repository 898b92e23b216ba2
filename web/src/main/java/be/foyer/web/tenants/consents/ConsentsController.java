package be.foyer.web.tenants.consents;

import be.foyer.events.tenants.ConsentPurpose;
import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.EnumOptions;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.RowErrors;
import be.foyer.web.support.Texts;
import be.foyer.web.tenants.file.CaseWorkers;
import be.foyer.web.tenants.file.FileHeaders;
import be.foyer.web.tenants.file.FileSection;

/**
 * The person's consents per purpose (record answers) and the handovers to other services (record one), for staff
 * and coordinators. Each form posts on its own; the page shows the one that failed with its errors and values.
 */
@Controller
@RequestMapping("/tenants/{id}/consents")
class ConsentsController {

    static final List<String> PURPOSES = java.util.Arrays.stream(ConsentPurpose.values()).map(Enum::name).toList();
    private static final List<String> SERVICES = List.of("HOME_GUIDANCE", "CPAS", "MENTAL_HEALTH", "OTHER");
    private static final String CONSENTS_FORM = "tenantdetails.consents.form";
    private static final String RELAY_FORM = "tenantdetails.relay.form";

    private final ApiClient api;
    private final FileHeaders headers;
    private final FormErrorMessages formErrors;
    private final RowErrors rowErrors;
    private final EnumOptions options;
    private final Texts texts;

    ConsentsController(ApiClient api, FileHeaders headers, FormErrorMessages formErrors, RowErrors rowErrors,
            EnumOptions options, Texts texts) {
        this.api = api;
        this.headers = headers;
        this.formErrors = formErrors;
        this.rowErrors = rowErrors;
        this.options = options;
        this.texts = texts;
    }

    @GetMapping
    String page(@PathVariable String id, CurrentUser user, Model model) {
        CaseWorkers.require(user, "consents");
        return page(id, user, model, null, RelayForm.startingOn(today()), FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping
    String recordConsents(@PathVariable String id, CurrentUser user,
            @ModelAttribute("consentsForm") ConsentsForm form, Model model, RedirectAttributes redirect) {
        CaseWorkers.require(user, "consents");
        RelayForm relay = RelayForm.startingOn(today());
        if (form.answeredRows().isEmpty()) {
            FormErrors nothing = formErrors.ofPage(List.of(new ApiFieldError(null, null,
                    texts.of("tenantdetails.consents.form.nothing"))), CONSENTS_FORM);
            return page(id, user, model, form, relay, nothing, FormErrors.NONE);
        }
        try {
            api.put("/api/tenants/{id}/consents", form.body(), Consents.class, id);
        } catch (ApiProblemException refused) {
            return page(id, user, model, form, relay, formErrors.of(
                    rowErrors.onPageRows(refused, CONSENTS_FORM, form.answeredRows()), CONSENTS_FORM), FormErrors.NONE);
        } catch (ServiceUnavailableException outage) {
            return page(id, user, model, form, relay, formErrors.of(outage), FormErrors.NONE);
        }
        Banners.success(redirect, texts.of("tenantdetails.consents.saved"));
        return "redirect:/tenants/{id}/consents";
    }

    @PostMapping("/relays")
    String relay(@PathVariable String id, CurrentUser user, @ModelAttribute("relayForm") RelayForm form, Model model,
            RedirectAttributes redirect) {
        CaseWorkers.require(user, "consents");
        try {
            api.post("/api/tenants/{id}/relays", form.body(), Relays.Relay.class, id);
        } catch (ApiProblemException refused) {
            return page(id, user, model, null, form, FormErrors.NONE, formErrors.of(refused, RELAY_FORM));
        } catch (ServiceUnavailableException outage) {
            return page(id, user, model, null, form, FormErrors.NONE, formErrors.of(outage));
        }
        Banners.success(redirect, texts.of("tenantdetails.relay.saved"), "relay-" + id);
        return "redirect:/tenants/{id}/consents";
    }

    /** @param consentsForm null: the current answers */
    private String page(String id, CurrentUser user, Model model, ConsentsForm consentsForm, RelayForm relayForm,
            FormErrors consentErrors, FormErrors relayErrors) {
        headers.addTo(model, user, id, FileSection.CONSENTS);
        Consents consents = api.get("/api/tenants/{id}/consents", Consents.class, id);
        model.addAttribute("consents", consents);
        model.addAttribute("relays", api.get("/api/tenants/{id}", Relays.class, id).all());
        model.addAttribute("purposes", PURPOSES);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("true", texts.of("tenantdetails.consents.yes"));
        answers.put("false", texts.of("tenantdetails.consents.no"));
        model.addAttribute("answers", answers);
        model.addAttribute("consentsForm",
                consentsForm != null ? consentsForm.withEveryPurpose(today()) : ConsentsForm.of(consents, today()));
        model.addAttribute("relayForm", relayForm);
        model.addAttribute("services", options.of("ReceivingService", SERVICES));
        model.addAttribute("consentErrors", consentErrors);
        model.addAttribute("relayErrors", relayErrors);
        model.addAttribute("errors", consentErrors.isEmpty() ? relayErrors : consentErrors);
        model.addAttribute("today", today());
        return "tenants/consents/consents";
    }

    private static LocalDate today() {
        return LocalDate.now(BrusselsTime.ZONE);
    }

}
