package be.foyer.web.calendar.planning;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
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
 * Planning the tenants' council (facilitators): one meeting or a series with the same recurrence picker as
 * activities, which must end. {@code POST /api/council/meetings} creates one meeting per date; the page then shows
 * the first one (W4's meeting page) with how many were planned, in words.
 */
@Controller
class NewMeetingController {

    private static final String PATH = "/council/meetings/new";

    private final ApiClient api;
    private final PlanningErrors errors;
    private final RecurrenceWords words;
    private final Texts texts;
    private final PlanningChoices choices;

    NewMeetingController(ApiClient api, PlanningErrors errors, RecurrenceWords words, Texts texts,
            PlanningChoices choices) {
        this.api = api;
        this.errors = errors;
        this.words = words;
        this.texts = texts;
        this.choices = choices;
    }

    @GetMapping(PATH)
    String form(CurrentUser user, Model model) {
        Planners.requireFacilitator(user, PATH);
        return page(MeetingForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping(PATH)
    String plan(CurrentUser user, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Planners.requireFacilitator(user, PATH);
        MeetingForm form = MeetingForm.from(params);
        if (params.containsKey("moreExceptions")) {
            return page(form, FormErrors.NONE, model);
        }
        List<ApiFieldError> typos = form.check();
        if (!typos.isEmpty()) {
            return page(form, errors.ofPage(typos, form.picker()), model);
        }
        Meeting planned;
        try {
            planned = api.post("/api/council/meetings", form.body(), Meeting.class);
        } catch (ApiProblemException refused) {
            return page(form, errors.of(refused, form.picker()), model);
        } catch (ServiceUnavailableException outage) {
            return page(form, errors.of(outage), model);
        }
        int meetings = planned.seriesMeetings() == null ? 1 : Math.max(1, planned.seriesMeetings().size());
        String summary = words.of(form.picker());
        Banners.success(redirect, meetings > 1
                ? texts.of("planning.meeting.createdSeries", meetings, summary)
                : texts.of("planning.meeting.created", summary), "council-new");
        return "redirect:/council/meetings/" + planned.id();
    }

    private String page(MeetingForm form, FormErrors formErrors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("picker", form.picker());
        model.addAttribute("summary", words.of(form.picker()));
        choices.addTo(model);
        model.addAttribute("errors", formErrors);
        return "calendar/planning/meeting";
    }
}
