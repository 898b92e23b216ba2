package be.foyer.web.tenants.followups;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.support.Banners;
import be.foyer.web.support.EnumLabels;
import be.foyer.web.support.Texts;

/**
 * What became of a planned appointment: the small forms of the file's "upcoming appointments" post here, which sets
 * its status ({@code PATCH} with {@code status} DONE, MISSED or CANCELLED) and comes back to the file with a banner.
 */
@Controller
class AppointmentController {

    private final ApiClient api;
    private final Texts texts;
    private final EnumLabels enums;

    AppointmentController(ApiClient api, Texts texts, EnumLabels enums) {
        this.api = api;
        this.texts = texts;
        this.enums = enums;
    }

    @PostMapping("/tenants/{tenantId}/follow-ups/{followUpId}/outcome")
    String outcome(@PathVariable String tenantId, @PathVariable String followUpId, @RequestParam String status,
            RedirectAttributes redirect) {
        if (!FollowUpValues.APPOINTMENT_OUTCOMES.contains(status)) {
            Banners.problem(redirect, texts.of("tenantfile.appointment.refused"));
            return "redirect:/tenants/" + tenantId;
        }
        try {
            api.patch("/api/tenants/{id}/follow-ups/{followUpId}", Map.of("status", status), Void.class, tenantId,
                    followUpId);
            Banners.success(redirect, texts.of("tenantfile.appointment.marked", enums.label("FollowUpStatus", status)));
        } catch (ApiProblemException refused) {
            // e.g. 409: someone else changed it meanwhile; the file shows it as it is now
            Banners.problem(redirect, texts.of("tenantfile.appointment.refused"));
        }
        return "redirect:/tenants/" + tenantId;
    }

}
