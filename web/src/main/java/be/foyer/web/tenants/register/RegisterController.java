package be.foyer.web.tenants.register;

import be.foyer.web.support.Banners;
import be.foyer.web.support.PersonName;
import be.foyer.web.support.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiQuery;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;

/**
 * Register a person (staff and coordinators): a first name or a nickname is enough. Before a file is created the
 * possible matches are shown: live with htmx while the names are typed ({@code /tenants/new/matches}), and on the
 * POST itself as a confirmation step ("Is it one of these people?") whenever a match comes up that the worker was
 * not shown yet, so that it works without JavaScript too. Then {@code POST /api/tenants}, and the new file opens
 * with a success banner (flash attributes {@code success}, and {@code draftCleared} for the form's draft).
 */
@Controller
class RegisterController {

    static final String FORM = "tenants.new";
    /** The form's data-draft key (the browser keeps what is typed until the person is registered). */
    static final String DRAFT = "register";

    private final ApiClient api;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    RegisterController(ApiClient api, FormErrorMessages formErrors, Texts texts) {
        this.api = api;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    @GetMapping("/tenants/new")
    String form(CurrentUser user, Model model) {
        mayRegister(user);
        return page(model, RegistrationForm.startedBy(user.username()), List.of(), false, FormErrors.NONE);
    }

    /** The live suggestions (htmx): a fragment, empty when nothing matches or the service cannot answer now. */
    @GetMapping("/tenants/new/matches")
    String matches(@ModelAttribute("form") RegistrationForm form, CurrentUser user, Model model) {
        mayRegister(user);
        List<PossibleMatch> matches;
        try {
            matches = matchesOf(form);
        } catch (ServiceUnavailableException | ApiProblemException noAnswer) {
            // a suggestion, not a step: the form stays usable, and the POST checks again
            matches = List.of();
        }
        model.addAttribute("matches", matches);
        model.addAttribute("confirming", false);
        return "tenants/register/new :: matches";
    }

    @PostMapping("/tenants/new")
    String register(@ModelAttribute("form") RegistrationForm form, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        mayRegister(user);
        BirthInput birth = form.birth();
        if (birth.incomplete()) {
            return page(model, form, List.of(), false, formErrors.ofPage(
                    List.of(new ApiFieldError(birth.errorField(), "not_a_date", null)), FORM));
        }
        try {
            List<PossibleMatch> matches = matchesOf(form);
            if (!form.getSeenMatches().containsAll(matches.stream().map(PossibleMatch::id).toList())) {
                return page(model, form, matches, true, FormErrors.NONE);
            }
            NewTenant tenant = NewTenant.of(form, birth);
            NewTenant.Created created = api.post("/api/tenants", tenant, NewTenant.Created.class);
            String name = PersonName.of(tenant.firstName(), tenant.lastName(), tenant.preferredName());
            // the file page's banner carries data-draft-clear with it: the browser's draft of this form goes
            Banners.success(redirect, texts.of("tenants.new.success", name), DRAFT);
            return "redirect:/tenants/" + created.id();
        } catch (ApiProblemException refused) {
            return page(model, form, List.of(), false, formErrors.of(RegistrationErrors.onFormFields(refused), FORM));
        } catch (ServiceUnavailableException outage) {
            return page(model, form, List.of(), false, formErrors.of(outage));
        }
    }

    /** Volunteers follow the people assigned to them; they register nobody (the API refuses it too). */
    private static void mayRegister(CurrentUser user) {
        if (!user.has("staff") && !user.has("coordinator")) {
            throw new ForbiddenException("/tenants/new");
        }
    }

    private List<PossibleMatch> matchesOf(RegistrationForm form) {
        if (!form.hasAName()) {
            return List.of();
        }
        ApiQuery query = ApiQuery.of("/api/tenants/matches").param("firstName", form.getFirstName())
                .param("lastName", form.getLastName()).param("preferredName", form.getPreferredName())
                .param("birthDate", form.birth().date());
        return api.get(query.template(), PossibleMatch.Page.class, query.values()).items();
    }

    private String page(Model model, RegistrationForm form, List<PossibleMatch> matches, boolean confirming,
            FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("matches", matches);
        model.addAttribute("confirming", confirming);
        model.addAttribute("errors", errors);
        model.addAttribute("draft", DRAFT);
        model.addAttribute("languageOptions", languageOptions());
        return "tenants/register/new";
    }

    private Map<String, String> languageOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (String language : RegistrationForm.COMMON_LANGUAGES) {
            options.put(language, texts.of("tenants.language." + language));
        }
        return options;
    }
}
