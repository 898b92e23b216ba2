package be.foyer.web.tenants.activities;

import java.time.Instant;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.Pager;
import be.foyer.web.tenants.file.FileHeaders;
import be.foyer.web.tenants.file.FileSection;

/**
 * The activities the person registered for, waits for, withdrew from or attended, latest first, from
 * activity-service. Staff and coordinators only (activity-service refuses volunteers: it cannot tell their assigned
 * tenants). When activity-service is down the section says so and the file's header still shows.
 */
@Controller
class TenantActivitiesController {

    private static final ParameterizedTypeReference<ApiList<Registration>> REGISTRATIONS =
            new ParameterizedTypeReference<>() {
            };

    private final ApiClient api;
    private final FileHeaders headers;

    TenantActivitiesController(ApiClient api, FileHeaders headers) {
        this.api = api;
        this.headers = headers;
    }

    /** One occurrence in the person's activities; {@code attended} is null until attendance is taken. */
    public record Registration(String activityId, String occurrenceId, String title, Instant startsAt, Instant endsAt,
            String status, Integer waitlistPosition, Boolean attended, String occurrenceStatus) {
    }

    @GetMapping("/tenants/{id}/activities")
    String activities(@PathVariable String id, @RequestParam(defaultValue = "0") int page, CurrentUser user,
            Model model) {
        if (!FileSection.visibleTo(user).contains(FileSection.ACTIVITIES)) {
            throw new ForbiddenException("/tenants/" + id + "/activities");
        }
        headers.addTo(model, user, id, FileSection.ACTIVITIES);
        try {
            ApiList<Registration> registrations = api.get(
                    "/api/activities/registrations?tenantId={id}&page={page}", REGISTRATIONS, id, Math.max(0, page));
            model.addAttribute("registrations", registrations);
            model.addAttribute("pager", Pager.of(UriComponentsBuilder.fromPath(FileSection.ACTIVITIES.path(id)),
                    registrations));
            model.addAttribute("activitiesAvailable", true);
        } catch (ServiceUnavailableException outage) {
            model.addAttribute("activitiesAvailable", false);
        }
        return "tenants/activities/index";
    }
}
