package be.foyer.web.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The month as a small table (weeks from Monday): each day of the month with the number of entries it holds,
 * linking to that day in the list under it. Seven narrow columns fit a 360 px phone; the entries themselves are in
 * the list, never squeezed into the cells.
 */
public record MonthGrid(YearMonth month, List<Weekday> weekdays, List<List<Cell>> weeks) {

    /** A column heading: the short name shown and the full name read out. */
    public record Weekday(String shortName, String fullName) {
    }

    /** A day of the grid; {@code date} is null for the places before the 1st and after the last day. */
    public record Cell(LocalDate date, int count, boolean today) {

        public String getAnchor() {
            return date == null ? null : "day-" + date;
        }
    }

    static MonthGrid of(YearMonth month, List<CalendarDay> days, LocalDate today, Locale locale) {
        List<Weekday> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(new Weekday(day.getDisplayName(TextStyle.SHORT, locale),
                    day.getDisplayName(TextStyle.FULL, locale)));
        }
        List<List<Cell>> weeks = new ArrayList<>();
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate start = monday; !start.isAfter(month.atEndOfMonth()); start = start.plusWeeks(1)) {
            List<Cell> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = start.plusDays(i);
                week.add(YearMonth.from(date).equals(month)
                        ? new Cell(date, count(days, date), date.equals(today))
                        : new Cell(null, 0, false));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weekdays, weeks);
    }

    private static int count(List<CalendarDay> days, LocalDate date) {
        return days.stream().filter(day -> day.date().equals(date)).mapToInt(day -> day.items().size()).sum();
    }
}
