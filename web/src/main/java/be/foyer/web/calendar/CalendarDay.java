package be.foyer.web.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One day of the calendar and what happens on it, by start. {@code anchor} is the id its heading carries. */
public record CalendarDay(LocalDate date, boolean today, List<CalendarItem> items) {

    public String getAnchor() {
        return "day-" + date;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The days from {@code from} to {@code to} (inclusive) with their entries; days without any are kept only when
     * {@code everyDay} (the week view shows its seven days).
     */
    static List<CalendarDay> between(LocalDate from, LocalDate to, List<CalendarItem> items, LocalDate today,
            boolean everyDay) {
        Map<LocalDate, List<CalendarItem>> byDay = new LinkedHashMap<>();
        items.stream().filter(item -> item.start() != null)
                .sorted(Comparator.comparing(CalendarItem::start))
                .forEach(item -> byDay.computeIfAbsent(item.day(), day -> new ArrayList<>()).add(item));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<CalendarItem> ofDay = byDay.getOrDefault(day, List.of());
            if (everyDay || !ofDay.isEmpty()) {
                days.add(new CalendarDay(day, day.equals(today), ofDay));
            }
        }
        return days;
    }
}
