package be.foyer.web.calendar.activity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.NotFoundException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrorMessages;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * Withdrawing a registration: a confirmation page naming the person and the date, then
 * {@code DELETE /api/activities/{id}/registrations/{registrationId}} (the first one waiting takes the place).
 * A registration the caller cannot see in the participant list is not found.
 */
@Controller
class CancelRegistrationController {

    private static final String PATH = "/calendar/activities/{activityId}/occurrences/{occurrenceId}/registrations/{registrationId}/cancel";

    private final ApiClient api;
    private final ActivityReader reader;
    private final FormErrorMessages formErrors;
    private final Texts texts;

    CancelRegistrationController(ApiClient api, ActivityReader reader, FormErrorMessages formErrors,
            Texts texts) {
        this.api = api;
        this.reader = reader;
        this.formErrors = formErrors;
        this.texts = texts;
    }

    @GetMapping(PATH)
    String confirm(@PathVariable String activityId, @PathVariable String occurrenceId,
            @PathVariable String registrationId, Model model) {
        return page(activityId, occurrenceId, registrationId, FormErrors.NONE, model);
    }

    @PostMapping(PATH)
    String cancel(@PathVariable String activityId, @PathVariable String occurrenceId,
            @PathVariable String registrationId, Model model, RedirectAttributes redirect) {
        Participants.Row row = row(activityId, occurrenceId, registrationId);
        try {
            api.delete("/api/activities/{id}/registrations/{registrationId}", activityId, registrationId);
        } catch (ApiProblemException refused) {
            return page(activityId, occurrenceId, registrationId, formErrors.of(refused, "activity.cancel"), model);
        } catch (ServiceUnavailableException outage) {
            return page(activityId, occurrenceId, registrationId, formErrors.of(outage), model);
        }
        Banners.success(redirect, texts.of("activity.cancel.done",
                row.firstName() != null ? row.firstName() : texts.of("activity.register.theTenant")));
        return "redirect:/calendar/activities/{activityId}/occurrences/{occurrenceId}";
    }

    private String page(String activityId, String occurrenceId, String registrationId, FormErrors errors, Model model) {
        model.addAttribute("occurrence", reader.occurrence(activityId, occurrenceId));
        model.addAttribute("row", row(activityId, occurrenceId, registrationId));
        model.addAttribute("errors", errors);
        return "calendar/activity/cancel";
    }

    private Participants.Row row(String activityId, String occurrenceId, String registrationId) {
        Participants.Row row = reader.participants(activityId, occurrenceId).row(registrationId);
        if (row == null || !row.isActive()) {
            throw new NotFoundException("/calendar/activities/" + activityId + "/occurrences/" + occurrenceId
                    + "/registrations/" + registrationId);
        }
        return row;
    }
}
