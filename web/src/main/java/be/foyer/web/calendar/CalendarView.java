package be.foyer.web.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The three ways of reading the calendar and the dates each covers: the agenda (two weeks from a day, only the days
 * that hold something), a week (Monday to Sunday, every day) and a month (a small grid and the days that hold
 * something).
 */
public enum CalendarView {
    AGENDA, WEEK, MONTH;

    static final int AGENDA_DAYS = 14;

    static CalendarView of(String value) {
        if (value == null) {
            return AGENDA;
        }
        return switch (value.strip().toLowerCase()) {
            case "week" -> WEEK;
            case "month" -> MONTH;
            default -> AGENDA;
        };
    }

    public String param() {
        return name().toLowerCase();
    }

    /** The first day shown for the day the user asked about. */
    LocalDate first(LocalDate anchor) {
        return switch (this) {
            case AGENDA -> anchor;
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> anchor.withDayOfMonth(1);
        };
    }

    /** The last day shown, inclusive. */
    LocalDate last(LocalDate anchor) {
        LocalDate first = first(anchor);
        return switch (this) {
            case AGENDA -> first.plusDays(AGENDA_DAYS - 1);
            case WEEK -> first.plusDays(6);
            case MONTH -> YearMonth.from(first).atEndOfMonth();
        };
    }

    /** The first day of the previous (-1) or next (+1) page. */
    LocalDate step(LocalDate anchor, int direction) {
        LocalDate first = first(anchor);
        return switch (this) {
            case AGENDA -> first.plusDays((long) direction * AGENDA_DAYS);
            case WEEK -> first.plusWeeks(direction);
            case MONTH -> first.plusMonths(direction);
        };
    }
}
