package be.foyer.web.calendar.activity;

import static be.foyer.web.support.FormValues.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.TenantPicker;
import be.foyer.web.support.Texts;

/**
 * Registering one of the user's own tenants (a volunteer: an assigned one), picked by name, to this date only
 * ({@code POST .../registrations}) or to every date of the series still open ({@code POST .../series-registrations}).
 * The first name sent with it is the one the page shows in participant lists.
 */
@Controller
class ActivityRegisterController {

    static final String FORM = "activity.register";
    static final String FORM_ID = "register-form";
    static final String ONE = "ONE";
    static final String SERIES = "SERIES";

    private final ApiClient api;
    private final ActivityReader reader;
    private final TenantPicker picker;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    ActivityRegisterController(ApiClient api, ActivityReader reader, TenantPicker picker, FormErrorMessages formErrors,
            Texts texts) {
        this.api = api;
        this.reader = reader;
        this.picker = picker;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    record RegisterOne(String tenantId, String occurrenceId, String firstName) {
    }

    record RegisterSeries(String tenantId, String firstName) {
    }

    record Registered(String status, Integer position) {
    }

    record SeriesRegistered(List<Registered> items) {
    }

    @GetMapping("/calendar/activities/{activityId}/occurrences/{occurrenceId}/register")
    String form(@PathVariable String activityId, @PathVariable String occurrenceId,
            @RequestParam(required = false) String q, @RequestParam(required = false) String tenantId,
            @RequestParam(required = false) String scope,
            @RequestHeader(name = "HX-Target", required = false) String hxTarget, CurrentUser user, Model model) {
        refuseUnlessAllowed(user, activityId, occurrenceId);
        model.addAttribute("tenantPicker", picker.search(FORM_ID, q, tenantId));
        model.addAttribute("errors", FormErrors.NONE);
        if (TenantPicker.isOptionsRequest(hxTarget)) {
            return TenantPicker.OPTIONS;
        }
        return page(activityId, occurrenceId, scope, model);
    }

    @PostMapping("/calendar/activities/{activityId}/occurrences/{occurrenceId}/register")
    String register(@PathVariable String activityId, @PathVariable String occurrenceId,
            @RequestParam(required = false) String tenantId, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String q, CurrentUser user, Model model, RedirectAttributes redirect) {
        refuseUnlessAllowed(user, activityId, occurrenceId);
        String who = blankToNull(tenantId);
        String how = SERIES.equals(scope) ? SERIES : ONE;
        FormErrors errors;
        try {
            checkPicked(who);
            String firstName = picker.firstName(who);
            String done;
            if (SERIES.equals(how)) {
                SeriesRegistered answer = api.post("/api/activities/{id}/series-registrations",
                        new RegisterSeries(who, firstName), SeriesRegistered.class, activityId);
                long waiting = answer.items().stream().filter(r -> "WAITLISTED".equals(r.status())).count();
                done = texts.of("activity.register.done.series", name(firstName), answer.items().size(), waiting);
            } else {
                Registered answer = api.post("/api/activities/{id}/registrations",
                        new RegisterOne(who, occurrenceId, firstName), Registered.class, activityId);
                done = "WAITLISTED".equals(answer.status())
                        ? texts.of("activity.register.done.waitlisted", name(firstName), answer.position())
                        : texts.of("activity.register.done.confirmed", name(firstName));
            }
            Banners.success(redirect, done);
            return "redirect:/calendar/activities/{activityId}/occurrences/{occurrenceId}";
        } catch (ApiProblemException refused) {
            errors = formErrors.of(explained(refused), FORM);
        } catch (ServiceUnavailableException outage) {
            errors = formErrors.of(outage);
        }
        model.addAttribute("tenantPicker", picker.search(FORM_ID, q, who));
        model.addAttribute("errors", errors);
        return page(activityId, occurrenceId, how, model);
    }

    private String page(String activityId, String occurrenceId, String scope, Model model) {
        Occurrence occurrence;
        try {
            occurrence = reader.occurrence(activityId, occurrenceId);
        } catch (ServiceUnavailableException outage) {
            if (model.getAttribute("errors") instanceof FormErrors errors && !errors.isEmpty()) {
                occurrence = null; // activity-service went down while posting: the form stays with what was picked
            } else {
                throw outage;
            }
        }
        model.addAttribute("activityId", activityId);
        model.addAttribute("occurrenceId", occurrenceId);
        model.addAttribute("occurrence", occurrence);
        model.addAttribute("scope", scope == null ? ONE : scope);
        return "calendar/activity/register";
    }

    private static void refuseUnlessAllowed(CurrentUser user, String activityId, String occurrenceId) {
        if (!ActivityRights.mayRegister(user)) {
            throw new ForbiddenException("/calendar/activities/" + activityId + "/occurrences/" + occurrenceId + "/register");
        }
    }

    /** Nobody picked: said beside the list, nothing sent. */
    private static void checkPicked(String tenantId) {
        if (tenantId == null) {
            throw new ApiProblemException(400, null, List.of(new ApiFieldError("tenantId", "required", null)));
        }
    }

    /** A 409 without field is the series' "no date open any more" (or a date already closed): said in words. */
    private static ApiProblemException explained(ApiProblemException refused) {
        if (refused.status() == 409 && refused.fieldErrors().isEmpty()) {
            List<ApiFieldError> errors = new ArrayList<>();
            errors.add(new ApiFieldError("scope", "nothing_open", refused.detail()));
            return new ApiProblemException(409, null, errors);
        }
        return refused;
    }

    private String name(String firstName) {
        return firstName != null ? firstName : texts.of("activity.register.theTenant");
    }
}
