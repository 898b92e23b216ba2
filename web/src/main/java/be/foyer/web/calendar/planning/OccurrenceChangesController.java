package be.foyer.web.calendar.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * One date of a series alone: cancel it (after a confirmation) or move it (new date and times). Both are
 * {@code PATCH /api/activities/{id}/occurrences/{occurrenceId}}; the occurrence keeps its id when moved. Occurrence
 * ids hold {@code @} and {@code :}: links are built encoded.
 */
@Controller
class OccurrenceChangesController {

    private static final String CANCEL = "/calendar/activities/{id}/occurrences/{occurrenceId}/cancel";
    private static final String MOVE = "/calendar/activities/{id}/occurrences/{occurrenceId}/move";
    private static final String API = "/api/activities/{id}/occurrences/{occurrenceId}";

    private final ApiClient api;
    private final PlanningErrors errors;
    private final Texts texts;
    private final Moment moment;

    OccurrenceChangesController(ApiClient api, PlanningErrors errors, Texts texts, Moment moment) {
        this.api = api;
        this.errors = errors;
        this.texts = texts;
        this.moment = moment;
    }

    @GetMapping(CANCEL)
    String confirmCancel(CurrentUser user, @PathVariable String id, @PathVariable String occurrenceId, Model model) {
        Planners.requireActivityPlanner(user, CANCEL);
        return cancelPage(id, occurrenceId, api.get(API, Occurrence.class, id, occurrenceId), FormErrors.NONE, model);
    }

    @PostMapping(CANCEL)
    String cancel(CurrentUser user, @PathVariable String id, @PathVariable String occurrenceId, Model model,
            RedirectAttributes redirect) {
        Planners.requireActivityPlanner(user, CANCEL);
        Occurrence cancelled;
        try {
            cancelled = api.patch(API, Map.of("status", "CANCELLED"), Occurrence.class, id, occurrenceId);
        } catch (ApiProblemException refused) {
            return cancelPage(id, occurrenceId, api.get(API, Occurrence.class, id, occurrenceId),
                    errors.of(refused, null), model);
        } catch (ServiceUnavailableException outage) {
            return cancelPage(id, occurrenceId, null, errors.of(outage), model);
        }
        Banners.success(redirect, texts.of("planning.cancelOccurrence.done", moment.of(cancelled.start())));
        return "redirect:" + occurrencePage(id, occurrenceId);
    }

    @GetMapping(MOVE)
    String moveForm(CurrentUser user, @PathVariable String id, @PathVariable String occurrenceId, Model model) {
        Planners.requireActivityPlanner(user, MOVE);
        Occurrence occurrence = api.get(API, Occurrence.class, id, occurrenceId);
        return movePage(id, occurrenceId, occurrence, TypedTimes.dateOf(occurrence.start()),
                TypedTimes.timeOf(occurrence.start()), TypedTimes.timeOf(occurrence.end()), FormErrors.NONE, model);
    }

    @PostMapping(MOVE)
    String move(CurrentUser user, @PathVariable String id, @PathVariable String occurrenceId,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String startTime,
            @RequestParam(defaultValue = "") String end, Model model, RedirectAttributes redirect) {
        Planners.requireActivityPlanner(user, MOVE);
        List<ApiFieldError> typos = new ArrayList<>();
        TypedTimes.checkDate(typos, "start", start);
        TypedTimes.checkTime(typos, "startTime", startTime, true);
        TypedTimes.checkTime(typos, "end", end, true);
        if (!typos.isEmpty()) {
            return movePage(id, occurrenceId, occurrenceOrNull(id, occurrenceId), start, startTime, end,
                    errors.ofPage(typos, null), model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", TypedTimes.at(start, startTime));
        body.put("end", TypedTimes.at(start, end));
        Occurrence moved;
        try {
            moved = api.patch(API, body, Occurrence.class, id, occurrenceId);
        } catch (ApiProblemException refused) {
            return movePage(id, occurrenceId, occurrenceOrNull(id, occurrenceId), start, startTime, end,
                    errors.of(refused, null), model);
        } catch (ServiceUnavailableException outage) {
            return movePage(id, occurrenceId, null, start, startTime, end, errors.of(outage), model);
        }
        Banners.success(redirect, texts.of("planning.moveOccurrence.done", moment.of(moved.start())));
        return "redirect:" + occurrencePage(id, occurrenceId);
    }

    private Occurrence occurrenceOrNull(String id, String occurrenceId) {
        try {
            return api.get(API, Occurrence.class, id, occurrenceId);
        } catch (ServiceUnavailableException outage) {
            return null; // the form stays with what was typed
        }
    }

    private String cancelPage(String id, String occurrenceId, Occurrence occurrence, FormErrors formErrors,
            Model model) {
        String title = occurrence == null ? "" : occurrence.title();
        model.addAttribute("nav", "calendar");
        model.addAttribute("caption", title);
        model.addAttribute("heading", texts.of("planning.cancelOccurrence.title"));
        model.addAttribute("body", occurrence == null ? ""
                : texts.of("planning.cancelOccurrence.body", title, moment.of(occurrence.start())));
        model.addAttribute("submit", texts.of("planning.cancelOccurrence.submit"));
        model.addAttribute("action", occurrencePage(id, occurrenceId) + "/cancel");
        model.addAttribute("back", occurrencePage(id, occurrenceId));
        model.addAttribute("errors", formErrors);
        return "calendar/planning/cancel";
    }

    private String movePage(String id, String occurrenceId, Occurrence occurrence, String date, String startTime,
            String end, FormErrors formErrors, Model model) {
        String title = occurrence == null ? "" : occurrence.title();
        model.addAttribute("nav", "calendar");
        model.addAttribute("caption", title);
        model.addAttribute("heading", texts.of("planning.moveOccurrence.title"));
        model.addAttribute("body", occurrence == null ? ""
                : texts.of("planning.moveOccurrence.body", title, moment.of(occurrence.start())));
        model.addAttribute("submit", texts.of("planning.moveOccurrence.submit"));
        model.addAttribute("action", occurrencePage(id, occurrenceId) + "/move");
        model.addAttribute("back", occurrencePage(id, occurrenceId));
        model.addAttribute("date", date);
        model.addAttribute("startTime", startTime);
        model.addAttribute("end", end);
        model.addAttribute("endHint", null);
        model.addAttribute("errors", formErrors);
        return "calendar/planning/move";
    }

    /** W2's page of the occurrence, its id encoded where needed. */
    static String occurrencePage(String id, String occurrenceId) {
        return UriComponentsBuilder.fromPath("/calendar/activities/{id}/occurrences/{occurrenceId}")
                .buildAndExpand(id, occurrenceId).encode().toUriString();
    }

}
