package be.foyer.web.calendar.planning;

import java.time.LocalDateTime;
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

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ApiFieldError;
import be.foyer.web.api.ApiProblemException;
import be.foyer.web.api.ServiceUnavailableException;
import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.Banners;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Texts;

/**
 * One council meeting (facilitators): cancel it after a confirmation, or move it. Both are
 * {@code PATCH /api/council/meetings/{id}}; a meeting already held answers 409, said in plain words.
 */
@Controller
class MeetingChangesController {

    private static final String CANCEL = "/council/meetings/{id}/cancel";
    private static final String MOVE = "/council/meetings/{id}/move";
    private static final String API = "/api/council/meetings/{id}";

    private final ApiClient api;
    private final PlanningErrors errors;
    private final Texts texts;
    private final Moment moment;

    MeetingChangesController(ApiClient api, PlanningErrors errors, Texts texts, Moment moment) {
        this.api = api;
        this.errors = errors;
        this.texts = texts;
        this.moment = moment;
    }

    @GetMapping(CANCEL)
    String confirmCancel(CurrentUser user, @PathVariable String id, Model model) {
        Planners.requireFacilitator(user, CANCEL);
        return cancelPage(id, api.get(API, Meeting.class, id), FormErrors.NONE, model);
    }

    @PostMapping(CANCEL)
    String cancel(CurrentUser user, @PathVariable String id, Model model, RedirectAttributes redirect) {
        Planners.requireFacilitator(user, CANCEL);
        Meeting cancelled;
        try {
            cancelled = api.patch(API, Map.of("status", "CANCELLED"), Meeting.class, id);
        } catch (ApiProblemException refused) {
            return cancelPage(id, api.get(API, Meeting.class, id), errors.of(refused, null), model);
        } catch (ServiceUnavailableException outage) {
            return cancelPage(id, null, errors.of(outage), model);
        }
        Banners.success(redirect, texts.of("planning.cancelMeeting.done", moment.of(cancelled.start())));
        return "redirect:/council/meetings/" + id;
    }

    @GetMapping(MOVE)
    String moveForm(CurrentUser user, @PathVariable String id, Model model) {
        Planners.requireFacilitator(user, MOVE);
        Meeting meeting = api.get(API, Meeting.class, id);
        return movePage(id, meeting, TypedTimes.dateOf(meeting.start()), TypedTimes.timeOf(meeting.start()),
                TypedTimes.timeOf(meeting.end()), FormErrors.NONE, model);
    }

    @PostMapping(MOVE)
    String move(CurrentUser user, @PathVariable String id, @RequestParam(defaultValue = "") String start,
            @RequestParam(defaultValue = "") String startTime, @RequestParam(defaultValue = "") String end,
            Model model, RedirectAttributes redirect) {
        Planners.requireFacilitator(user, MOVE);
        List<ApiFieldError> typos = new ArrayList<>();
        TypedTimes.checkDate(typos, "start", start);
        TypedTimes.checkTime(typos, "startTime", startTime, true);
        TypedTimes.checkTime(typos, "end", end, false);
        if (!typos.isEmpty()) {
            return movePage(id, meetingOrNull(id), start, startTime, end, errors.ofPage(typos, null), model);
        }
        String startsAt = TypedTimes.at(start, startTime);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", startsAt);
        body.put("end", end.isBlank() ? LocalDateTime.parse(startsAt).plusHours(2).toString()
                : TypedTimes.at(start, end));
        Meeting moved;
        try {
            moved = api.patch(API, body, Meeting.class, id);
        } catch (ApiProblemException refused) {
            return movePage(id, meetingOrNull(id), start, startTime, end, errors.of(refused, null), model);
        } catch (ServiceUnavailableException outage) {
            return movePage(id, null, start, startTime, end, errors.of(outage), model);
        }
        Banners.success(redirect, texts.of("planning.moveMeeting.done", moment.of(moved.start())));
        return "redirect:/council/meetings/" + id;
    }

    private Meeting meetingOrNull(String id) {
        try {
            return api.get(API, Meeting.class, id);
        } catch (ServiceUnavailableException outage) {
            return null; // the form stays with what was typed
        }
    }

    private String cancelPage(String id, Meeting meeting, FormErrors formErrors, Model model) {
        model.addAttribute("nav", "council");
        model.addAttribute("caption", texts.of("planning.meeting.council"));
        model.addAttribute("heading", texts.of("planning.cancelMeeting.title"));
        model.addAttribute("body", meeting == null ? "" : texts.of("planning.cancelMeeting.body", moment.of(meeting.start())));
        model.addAttribute("submit", texts.of("planning.cancelMeeting.submit"));
        model.addAttribute("action", "/council/meetings/" + id + "/cancel");
        model.addAttribute("back", "/council/meetings/" + id);
        model.addAttribute("errors", formErrors);
        return "calendar/planning/cancel";
    }

    private String movePage(String id, Meeting meeting, String date, String startTime, String end,
            FormErrors formErrors, Model model) {
        model.addAttribute("nav", "council");
        model.addAttribute("caption", texts.of("planning.meeting.council"));
        model.addAttribute("heading", texts.of("planning.moveMeeting.title"));
        model.addAttribute("body", meeting == null ? "" : texts.of("planning.moveMeeting.body", moment.of(meeting.start())));
        model.addAttribute("submit", texts.of("planning.moveMeeting.submit"));
        model.addAttribute("action", "/council/meetings/" + id + "/move");
        model.addAttribute("back", "/council/meetings/" + id);
        model.addAttribute("date", date);
        model.addAttribute("startTime", startTime);
        model.addAttribute("end", end);
        model.addAttribute("endHint", texts.of("planning.meeting.end.hint"));
        model.addAttribute("errors", formErrors);
        return "calendar/planning/move";
    }

}
