package be.foyer.web.tenants.followups;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * Correcting a follow-up ({@code .../correct}: its fields pre-filled and why it is corrected → {@code PATCH} with
 * {@code reason}; a planned appointment is moved or edited the same way) and withdrawing one entered by mistake
 * ({@code .../withdraw}: why → {@code POST .../withdraw}). The reasons stay in the file's timeline.
 */
@Controller
@RequestMapping("/tenants/{tenantId}/follow-ups/{followUpId}")
class CorrectionController {

    private static final String ONE = "/api/tenants/{id}/follow-ups/{followUpId}";

    private final ApiClient api;
    private final FollowUpChoices choices;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    CorrectionController(ApiClient api, FollowUpChoices choices, FormErrorMessages formErrors,
            Texts texts) {
        this.api = api;
        this.choices = choices;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    @GetMapping("/correct")
    String correction(@PathVariable String tenantId, @PathVariable String followUpId, CurrentUser user,
            Model model) {
        FollowUp followUp = api.get(ONE, FollowUp.class, tenantId, followUpId);
        return correctionPage(model, user, tenantId, followUpId, followUp, FollowUpForm.of(followUp),
                FormErrors.NONE);
    }

    @PostMapping("/correct")
    String correct(@PathVariable String tenantId, @PathVariable String followUpId,
            @ModelAttribute FollowUpForm form, CurrentUser user, Model model, RedirectAttributes redirect) {
        FormErrors errors;
        try {
            ApiProblemException notANumber = form.durationNotANumber();
            if (notANumber != null) {
                throw notANumber;
            }
            api.patch(ONE, form.correctionBody(TenantFileController.mayWriteHealthNote(user)), Void.class, tenantId,
                    followUpId);
            return backToFile(redirect, tenantId, "tenantfile.correct.saved", correctionDraft(followUpId));
        } catch (ApiProblemException refused) {
            errors = formErrors.of(FollowUpForm.inFormTerms(refused), TenantFileController.FORM);
        } catch (ServiceUnavailableException outage) {
            errors = formErrors.of(outage);
        }
        return correctionPage(model, user, tenantId, followUpId, null, form, errors);
    }

    @GetMapping("/withdraw")
    String withdrawal(@PathVariable String tenantId, @PathVariable String followUpId, Model model) {
        FollowUp followUp = api.get(ONE, FollowUp.class, tenantId, followUpId);
        return withdrawalPage(model, tenantId, followUpId, followUp, "", FormErrors.NONE);
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable String tenantId, @PathVariable String followUpId,
            @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        FormErrors errors;
        try {
            api.post(ONE + "/withdraw", Map.of("reason", reason.strip()), Void.class, tenantId, followUpId);
            return backToFile(redirect, tenantId, "tenantfile.withdraw.saved", withdrawalDraft(followUpId));
        } catch (ApiProblemException refused) {
            errors = formErrors.of(refused, TenantFileController.FORM);
        } catch (ServiceUnavailableException outage) {
            errors = formErrors.of(outage);
        }
        return withdrawalPage(model, tenantId, followUpId, null, reason, errors);
    }

    /**
     * @param followUp the entry as stored, shown above the form; null when the page comes back with errors (the
     *                 API is not asked again: it may be the one that is down)
     */
    private String correctionPage(Model model, CurrentUser user, String tenantId, String followUpId,
            FollowUp followUp, FollowUpForm form, FormErrors errors) {
        model.addAttribute("tenantId", tenantId);
        model.addAttribute("followUpId", followUpId);
        model.addAttribute("followUp", followUp);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayWriteHealthNote", TenantFileController.mayWriteHealthNote(user));
        model.addAttribute("modes", choices.modes());
        model.addAttribute("domains", choices.domains());
        model.addAttribute("placeCategories", choices.placeCategories());
        model.addAttribute("draftKey", correctionDraft(followUpId));
        return "tenants/followups/correct";
    }

    private String withdrawalPage(Model model, String tenantId, String followUpId, FollowUp followUp, String reason,
            FormErrors errors) {
        model.addAttribute("tenantId", tenantId);
        model.addAttribute("followUpId", followUpId);
        model.addAttribute("draftKey", withdrawalDraft(followUpId));
        model.addAttribute("followUp", followUp);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "tenants/followups/withdraw";
    }

    private String backToFile(RedirectAttributes redirect, String tenantId, String messageKey, String draftKey) {
        Banners.success(redirect, texts.of(messageKey), draftKey);
        return "redirect:/tenants/" + tenantId;
    }

    private static String correctionDraft(String followUpId) {
        return "followup-correct-" + followUpId;
    }

    private static String withdrawalDraft(String followUpId) {
        return "followup-withdraw-" + followUpId;
    }
}
