package be.foyer.web.council.decisions;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.api.ApiClient;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.ApiQuery;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Organisations;
import be.foyer.web.support.Pagination;

/**
 * The decisions log across meetings (every role that reads the council, the federation analyst too), filtered by
 * status and owner organisation, 20 a page (pages count from 1 in the address). An unknown filter value is dropped
 * rather than sent. With htmx only the results are swapped as a filter changes; without JavaScript the button does it.
 */
@Controller
class DecisionsLogController {

    static final int PAGE_SIZE = 20;
    private static final ParameterizedTypeReference<ApiList<Decision>> DECISIONS = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;
    private final DecisionChoices choices;
    private final Organisations organisations;

    DecisionsLogController(ApiClient api, DecisionChoices choices, Organisations organisations) {
        this.api = api;
        this.choices = choices;
        this.organisations = organisations;
    }

    @GetMapping("/council/decisions")
    String log(@RequestParam(required = false) String status,
            @RequestParam(required = false) String ownerOrganisation, @RequestParam(defaultValue = "1") int page,
            Model model) {
        String wantedStatus = status != null && DecisionChoices.STATUSES.contains(status) ? status : "";
        String wantedOwner = Organisations.knownOrEmpty(ownerOrganisation);
        int current = Math.max(1, page);
        ApiQuery query = ApiQuery.of("/api/council/decisions").param("status", wantedStatus)
                .param("ownerOrganisation", wantedOwner).param("page", current - 1).param("size", PAGE_SIZE);
        ApiList<Decision> decisions = api.get(query.template(), DECISIONS, query.values());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/council/decisions");
        if (!wantedStatus.isEmpty()) {
            base.queryParam("status", wantedStatus);
        }
        if (!wantedOwner.isEmpty()) {
            base.queryParam("ownerOrganisation", wantedOwner);
        }
        model.addAttribute("decisions", decisions);
        model.addAttribute("status", wantedStatus);
        model.addAttribute("ownerOrganisation", wantedOwner);
        model.addAttribute("statusOptions", choices.statuses());
        model.addAttribute("ownerOptions", organisations.options());
        model.addAttribute("filtered", !wantedStatus.isEmpty() || !wantedOwner.isEmpty());
        model.addAttribute("noErrors", FormErrors.NONE);
        model.addAttribute("pagination", Pagination.of(current, PAGE_SIZE, decisions.total(), base));
        return "council/decisions/log";
    }
}
