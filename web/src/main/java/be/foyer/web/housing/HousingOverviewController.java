package be.foyer.web.housing;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.support.TenantNames;
import be.foyer.web.api.ApiClient;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Pager;

/**
 * The organisation's housing, three lists under one sub-navigation: sites with their free places, dwellings
 * filtered by status, model and commune, and the open housing searches with the person's name.
 */
@Controller
class HousingOverviewController {

    private static final ParameterizedTypeReference<ApiList<Site>> SITES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<ApiList<Dwelling>> DWELLINGS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<ApiList<HousingSearch>> SEARCHES =
            new ParameterizedTypeReference<>() {
            };

    private final ApiClient api;
    private final TenantNames tenantNames;
    private final HousingChoices choices;

    HousingOverviewController(ApiClient api, TenantNames tenantNames, HousingChoices choices) {
        this.api = api;
        this.tenantNames = tenantNames;
        this.choices = choices;
    }

    @GetMapping("/housing")
    String sites(@RequestParam(defaultValue = "0") int page, Model model) {
        ApiList<Site> sites = api.get("/api/sites?page={page}", SITES, Math.max(0, page));
        model.addAttribute("sites", sites);
        model.addAttribute("pager", Pager.of(UriComponentsBuilder.fromPath("/housing"), sites));
        model.addAttribute("tab", "sites");
        return "housing/sites";
    }

    @GetMapping("/housing/dwellings")
    String dwellings(@RequestParam(required = false) String status,
            @RequestParam(required = false) String housingModel,
            @RequestParam(required = false) String municipality, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String wantedStatus = choices.dwellingStatuses().containsKey(status) ? status : "";
        String wantedModel = choices.housingModels().containsKey(housingModel) ? housingModel : "";
        String commune = municipality == null ? "" : municipality.strip();
        ApiList<Dwelling> dwellings = api.get(
                "/api/dwellings?status={status}&housingModel={model}&municipality={commune}&page={page}", DWELLINGS,
                wantedStatus, wantedModel, commune, Math.max(0, page));
        model.addAttribute("dwellings", dwellings);
        model.addAttribute("status", wantedStatus);
        model.addAttribute("housingModel", wantedModel);
        model.addAttribute("municipality", commune);
        model.addAttribute("statusOptions", choices.dwellingStatuses());
        model.addAttribute("modelOptions", choices.housingModels());
        model.addAttribute("noErrors", FormErrors.NONE);
        model.addAttribute("filtered", !wantedStatus.isEmpty() || !wantedModel.isEmpty() || !commune.isEmpty());
        UriComponentsBuilder pageLink = UriComponentsBuilder.fromPath("/housing/dwellings");
        addIfGiven(pageLink, "status", wantedStatus);
        addIfGiven(pageLink, "housingModel", wantedModel);
        addIfGiven(pageLink, "municipality", commune);
        model.addAttribute("pager", Pager.of(pageLink, dwellings));
        model.addAttribute("tab", "dwellings");
        return "housing/dwellings";
    }

    @GetMapping("/housing/searches")
    String openSearches(@RequestParam(defaultValue = "0") int page, Model model) {
        ApiList<HousingSearch> searches = api.get("/api/housing-searches?status=OPEN&page={page}", SEARCHES,
                Math.max(0, page));
        model.addAttribute("searches", searches);
        model.addAttribute("names", tenantNames.of(searches.items().stream().map(HousingSearch::tenantId).toList()));
        model.addAttribute("pager", Pager.of(UriComponentsBuilder.fromPath("/housing/searches"), searches));
        model.addAttribute("tab", "searches");
        return "housing/searches";
    }

    private static void addIfGiven(UriComponentsBuilder link, String name, String value) {
        if (!value.isEmpty()) {
            link.queryParam(name, value);
        }
    }
}
