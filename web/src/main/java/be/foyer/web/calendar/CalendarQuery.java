package be.foyer.web.calendar;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.web.util.UriComponentsBuilder;

import be.foyer.web.security.CurrentUser;
import be.foyer.web.support.DateFormats;
import be.foyer.web.support.Organisations;

/**
 * What the user asked the calendar for, read from the address ({@code view}, {@code date} or {@code month},
 * {@code organisation}, {@code category}, {@code registered=mine}) and cleaned: an unreadable date is today, an
 * unknown filter value is dropped, "mine" only for those who register tenants. Every link of the page (previous,
 * next, today, another view) is built from it, so the filters stay.
 */
public record CalendarQuery(CalendarView view, LocalDate anchor, String organisation, String category, boolean mine) {

    static CalendarQuery of(String view, String date, String month, String organisation, String category,
            String registered, CurrentUser user) {
        CalendarView wanted = CalendarView.of(view);
        LocalDate anchor = wanted == CalendarView.MONTH && month != null ? firstOf(month, date) : day(date);
        return new CalendarQuery(wanted, anchor, Organisations.knownOrEmpty(organisation),
                CalendarChoices.categoryOrEmpty(category), "mine".equals(registered) && mayFilterMine(user));
    }

    /** Staff, coordinators and volunteers register tenants; facilitators and the analyst have none. */
    static boolean mayFilterMine(CurrentUser user) {
        return user.isCaseWorker() || user.has("volunteer");
    }

    LocalDate from() {
        return view.first(anchor);
    }

    LocalDate to() {
        return view.last(anchor);
    }

    public boolean isFiltered() {
        return !organisation.isEmpty() || !category.isEmpty() || mine;
    }

    String previous() {
        return link(view, view.step(anchor, -1));
    }

    String next() {
        return link(view, view.step(anchor, 1));
    }

    String today() {
        return link(view, LocalDate.now(BrusselsTime.ZONE));
    }

    /** The same dates in another view: the month of the day asked, or the days from the first one shown. */
    String in(CalendarView other) {
        LocalDate first = from();
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        LocalDate day;
        if (view == CalendarView.MONTH) {
            // from a month to a week or the agenda: today when it is in that month, else the month's first day
            day = YearMonth.from(today).equals(YearMonth.from(first)) ? today : first;
        } else {
            // a week from Monday 30 November asked for 3 December is December's
            day = other == CalendarView.MONTH ? anchor : first;
        }
        return link(other, day);
    }

    String link(CalendarView target, LocalDate day) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/calendar");
        if (target != CalendarView.AGENDA) {
            link.queryParam("view", target.param());
        }
        if (target == CalendarView.MONTH) {
            link.queryParam("month", YearMonth.from(day).toString());
        } else {
            link.queryParam("date", day.toString());
        }
        if (!organisation.isEmpty()) {
            link.queryParam("organisation", organisation);
        }
        if (!category.isEmpty()) {
            link.queryParam("category", category);
        }
        if (mine) {
            link.queryParam("registered", "mine");
        }
        return link.encode().build().toUriString();
    }

    private static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(BrusselsTime.ZONE);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException unreadable) {
            return LocalDate.now(BrusselsTime.ZONE);
        }
    }

    private static LocalDate firstOf(String month, String date) {
        try {
            return YearMonth.parse(month.strip()).atDay(1);
        } catch (DateTimeParseException unreadable) {
            return day(date);
        }
    }
}
