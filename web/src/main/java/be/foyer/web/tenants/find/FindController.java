package be.foyer.web.tenants.find;

import be.foyer.events.BrusselsTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.Pagination;

/**
 * Find a person: a GET form (search words, status, "not met this month") whose results are a page of {@code GET /api/tenants}. With
 * htmx the results are replaced as the worker types ({@code HX-Request}: only the results fragment is answered);
 * without JavaScript the form and the pagination links are plain GET requests. Volunteers get their assigned tenants
 * only: the API filters. "Not met in" ({@code notMetIn=YYYY-MM}, the reports' dashboard links to it) lists the
 * organisation's tenants with no follow-up that took place that month.
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
            @RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "") String notMetIn,
            CurrentUser user, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore) {
        String words = q.strip();
        String chosenStatus = STATUSES.contains(status) ? status : "";
        int current = pageNumber(page);
        YearMonth notMet = month(notMetIn);
        TenantSummary.Page found = search(words, chosenStatus, notMet, current);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/tenants");
        if (!words.isEmpty()) {
            base.queryParam("q", words);
        }
        if (!chosenStatus.isEmpty()) {
            base.queryParam("status", chosenStatus);
        }
        if (notMet != null) {
            base.queryParam("notMetIn", notMet);
        }
        // the filter offers the month asked for (a past month from the reports), else this month
        YearMonth offered = notMet != null ? notMet : YearMonth.now(BrusselsTime.ZONE);
        model.addAttribute("notMetIn", notMet == null ? "" : notMet.toString());
        model.addAttribute("notMetOffered", offered.toString());
        model.addAttribute("notMetOfferedName", DateFormats.monthName(offered));
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

    private TenantSummary.Page search(String words, String status, YearMonth notMetIn, int page) {
        ApiQuery query = ApiQuery.of("/api/tenants").param("q", words).param("status", status)
                .param("notMetIn", notMetIn).param("page", page - 1).param("size", PAGE_SIZE);
        return api.get(query.template(), TenantSummary.Page.class, query.values());
    }

    /** "Not met in" a month: one that is a month and not in the future, else no such filter (never sent). */
    private static YearMonth month(String value) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return month.isAfter(YearMonth.now(BrusselsTime.ZONE)) ? null : month;
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
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
