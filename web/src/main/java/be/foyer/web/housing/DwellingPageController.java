package be.foyer.web.housing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import be.foyer.web.support.TenantNames;
import be.foyer.web.api.ApiClient;

/** A dwelling's page: its details, status history, site and tenancies with the tenants' names. */
@Controller
class DwellingPageController {

    private final ApiClient api;
    private final TenantNames tenantNames;

    DwellingPageController(ApiClient api, TenantNames tenantNames) {
        this.api = api;
        this.tenantNames = tenantNames;
    }

    @GetMapping("/housing/dwellings/{id}")
    String dwelling(@PathVariable String id, Model model) {
        Dwelling dwelling = api.get("/api/dwellings/{id}", Dwelling.class, id);
        model.addAttribute("dwelling", dwelling);
        model.addAttribute("site", dwelling.siteId() == null ? null
                : api.get("/api/sites/{id}", Site.class, dwelling.siteId()));
        model.addAttribute("names", tenantNames.of(
                dwelling.tenancyList().stream().map(Dwelling.DwellingTenancy::tenantId).toList()));
        return "housing/dwelling";
    }
}
