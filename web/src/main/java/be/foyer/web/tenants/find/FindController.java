package be.foyer.web.tenants.find;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.api.ApiClient;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.ApiQuery;
import be.foyer.web.support.Pagination;

/**
 * Find a person: a GET form (search words and status) whose results are a page of {@code GET /api/tenants}. With
 * htmx the results are replaced as the worker types ({@code HX-Request}: only the results fragment is answered);
 * without JavaScript the form and the pagination links are plain GET requests. Volunteers get their assigned tenants
 * only: the API filters.
 */
@Controller
class FindController {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("STREET", "SEARCHING", "HOUSED", "RELAYED", "EXITED");

    private final ApiClient api;

    FindController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/tenants")
    String find(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "1") String page, CurrentUser user, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore) {
        String words = q.strip();
        String chosenStatus = STATUSES.contains(status) ? status : "";
        int current = pageNumber(page);
        TenantSummary.Page found = search(words, chosenStatus, current);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/tenants");
        if (!words.isEmpty()) {
            base.queryParam("q", words);
        }
        if (!chosenStatus.isEmpty()) {
            base.queryParam("status", chosenStatus);
        }
        model.addAttribute("q", words);
        model.addAttribute("status", chosenStatus);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("found", found);
        model.addAttribute("pagination", Pagination.of(current, PAGE_SIZE, found.total(), base));
        model.addAttribute("mayRegister", user.isCaseWorker());
        // htmx asks for the results only; going back in history it asks for the whole page
        boolean resultsOnly = htmx != null && historyRestore == null;
        return resultsOnly ? "tenants/find/index :: results" : "tenants/find/index";
    }

    private TenantSummary.Page search(String words, String status, int page) {
        ApiQuery query = ApiQuery.of("/api/tenants").param("q", words).param("status", status)
                .param("page", page - 1).param("size", PAGE_SIZE);
        return api.get(query.template(), TenantSummary.Page.class, query.values());
    }

    /** A page number from the address; anything else than 1, 2, 3... is the first page. */
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
