package be.foyer.web.tenants.housing;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ForbiddenException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.housing.HousingSearch;
import be.foyer.web.housing.Tenancy;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiList;
import be.foyer.web.tenants.file.FileHeaders;
import be.foyer.web.tenants.file.FileSection;

/**
 * The person's housing in their file: their tenancies and housing searches with the steps, from housing-service.
 * When housing-service is down the section says so and the file's header still shows.
 */
@Controller
class TenantHousingController {

    private static final ParameterizedTypeReference<ApiList<Tenancy>> TENANCIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<ApiList<HousingSearch>> SEARCHES =
            new ParameterizedTypeReference<>() {
            };

    private final ApiClient api;
    private final FileHeaders headers;

    TenantHousingController(ApiClient api, FileHeaders headers) {
        this.api = api;
        this.headers = headers;
    }

    @GetMapping("/tenants/{id}/housing")
    String housing(@PathVariable String id, CurrentUser user, Model model) {
        if (!FileSection.visibleTo(user).contains(FileSection.HOUSING)) {
            throw new ForbiddenException("/tenants/" + id + "/housing");
        }
        headers.addTo(model, user, id, FileSection.HOUSING);
        try {
            model.addAttribute("tenancies", api.get("/api/tenancies?tenantId={id}&size=100", TENANCIES, id).items());
            model.addAttribute("searches",
                    api.get("/api/housing-searches?tenantId={id}&size=100", SEARCHES, id).items());
            model.addAttribute("housingAvailable", true);
        } catch (ServiceUnavailableException outage) {
            model.addAttribute("housingAvailable", false);
        }
        return "tenants/housing/index";
    }
}
