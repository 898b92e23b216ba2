package be.foyer.web.calendar;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.FormErrors;
import be.foyer.web.support.Organisations;

/**
 * {@code /calendar}: the shared calendar of activities and council meetings as an agenda (two weeks from a day), a
 * week or a month, filtered by organisation, category and "my tenants are registered". A GET form (htmx swaps the
 * results and pushes the address); previous, next and today keep the filters.
 */
@Controller
class CalendarController {

    private final CalendarItems calendar;
    private final CalendarChoices choices;
    private final Organisations organisations;

    CalendarController(CalendarItems calendar, CalendarChoices choices, Organisations organisations) {
        this.calendar = calendar;
        this.choices = choices;
        this.organisations = organisations;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String view, @RequestParam(required = false) String date,
            @RequestParam(required = false) String month, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String category, @RequestParam(required = false) String registered,
            CurrentUser user, Model model) {
        CalendarQuery query = CalendarQuery.of(view, date, month, organisation, category, registered, user);
        CalendarItems.Found found = calendar.of(query);
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        List<CalendarDay> days = CalendarDay.between(query.from(), query.to(), found.items(), today,
                query.view() == CalendarView.WEEK);
        model.addAttribute("query", query);
        model.addAttribute("view", query.view().param());
        model.addAttribute("from", query.from());
        model.addAttribute("to", query.to());
        model.addAttribute("days", days);
        model.addAttribute("complete", found.complete());
        model.addAttribute("grid", query.view() == CalendarView.MONTH
                ? MonthGrid.of(YearMonth.from(query.from()), days, today, LocaleContextHolder.getLocale()) : null);
        model.addAttribute("links", new Links(query.previous(), query.next(), query.today(),
                query.in(CalendarView.AGENDA), query.in(CalendarView.WEEK), query.in(CalendarView.MONTH)));
        model.addAttribute("organisationOptions", organisations.options());
        model.addAttribute("categoryOptions", choices.categories());
        model.addAttribute("noErrors", FormErrors.NONE);
        model.addAttribute("mayFilterMine", CalendarQuery.mayFilterMine(user));
        model.addAttribute("mayPlan", user.isCaseWorker() || user.has("facilitator"));
        model.addAttribute("maySubscribe", !user.has("federation-analyst"));
        return "calendar/index";
    }

    /** The navigation of the page, each link keeping the filters. */
    public record Links(String previous, String next, String today, String agenda, String week, String month) {
    }
}
