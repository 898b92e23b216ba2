package be.foyer.web.tenants.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
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
import be.foyer.web.support.EnumOptions;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;
import be.foyer.web.tenants.file.CaseWorkers;
import be.foyer.web.tenants.file.FileHeaders;
import be.foyer.web.tenants.file.FileSection;

/**
 * The personal details, status and its history; staff and coordinators edit them ({@code PATCH} of what changed).
 * Volunteers read them, without the national register number (the API leaves it out for them).
 */
@Controller
@RequestMapping("/tenants/{id}/profile")
class ProfileController {

    private static final String FORM = "tenantdetails.profile.form";
    private static final String TENANT = "/api/tenants/{id}";
    /** RELAYED is not offered: it comes with a relay, which says to whom (consents and relays page). */
    private static final List<String> STATUSES = List.of("STREET", "SEARCHING", "HOUSED", "EXITED");

    private final ApiClient api;
    private final FileHeaders headers;
    private final FormErrorMessages formErrors;
    private final EnumOptions options;
    private final Texts texts;

    ProfileController(ApiClient api, FileHeaders headers, FormErrorMessages formErrors, EnumOptions options,
            Texts texts) {
        this.api = api;
        this.headers = headers;
        this.formErrors = formErrors;
        this.options = options;
        this.texts = texts;
    }

    @GetMapping
    String profile(@PathVariable String id, CurrentUser user, Model model) {
        headers.addTo(model, user, id, FileSection.PROFILE);
        Profile profile = api.get(TENANT, Profile.class, id);
        model.addAttribute("profile", profile);
        model.addAttribute("languageNames", languageNames(profile.languages()));
        model.addAttribute("canEdit", user.isCaseWorker());
        return "tenants/profile/profile";
    }

    @GetMapping("/edit")
    String edit(@PathVariable String id, CurrentUser user, Model model) {
        CaseWorkers.require(user, "profile/edit");
        headers.addTo(model, user, id, FileSection.PROFILE);
        return form(model, ProfileForm.of(api.get(TENANT, Profile.class, id)), FormErrors.NONE);
    }

    @PostMapping("/edit")
    String save(@PathVariable String id, CurrentUser user, @ModelAttribute("form") ProfileForm form, Model model,
            RedirectAttributes redirect) {
        CaseWorkers.require(user, "profile/edit");
        headers.addTo(model, user, id, FileSection.PROFILE);
        ProfileForm.Changes changes = form.changesFrom(api.get(TENANT, Profile.class, id));
        if (!changes.faults().isEmpty()) {
            List<ApiFieldError> faults = new ArrayList<>();
            changes.faults().forEach((field, code) -> faults.add(new ApiFieldError(field, code, null)));
            return form(model, form, formErrors.ofPage(faults, FORM));
        }
        String saved = "tenantdetails.profile.unchanged";
        if (!changes.body().isEmpty()) {
            try {
                api.patch(TENANT, changes.body(), Profile.class, id);
                saved = "tenantdetails.profile.saved";
            } catch (ApiProblemException refused) {
                return form(model, form, formErrors.of(onFormFields(refused), FORM));
            } catch (ServiceUnavailableException outage) {
                return form(model, form, formErrors.of(outage));
            }
        }
        Banners.success(redirect, texts.of(saved));
        return "redirect:/tenants/{id}/profile";
    }

    private String form(Model model, ProfileForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", options.of("TenantStatus", STATUSES));
        return "tenants/profile/edit";
    }

    /**
     * The API's names for what this form shows as one field: {@code household.adults} → adults,
     * {@code languages[2]} → languages.
     */
    private static ApiProblemException onFormFields(ApiProblemException problem) {
        List<ApiFieldError> errors = problem.fieldErrors().stream()
                .map(error -> error.field() == null ? error : new ApiFieldError(
                        error.field().replaceFirst("^household\\.", "").replaceFirst("\\[\\d+\\]$", ""),
                        error.code(), error.message()))
                .toList();
        return new ApiProblemException(problem.status(), problem.detail(), errors);
    }

    /** Language codes as the user's language names them ("ar" → "arabe"); an unknown code as it is. */
    private static List<String> languageNames(List<String> codes) {
        Locale locale = LocaleContextHolder.getLocale();
        return Profile.orEmpty(codes).stream().map(code -> {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
            return name.isEmpty() ? code : name;
        }).toList();
    }
}
