package be.foyer.web.reports;

import be.foyer.events.BrusselsTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.foyer.web.support.DateFormats;

/** Brussels calendar months (the reports' unit): the one asked for, the picker's choices, their names. */
final class Months {

    /** How far back the month picker goes. */
    static final int PICKER_MONTHS = 36;

    private Months() {
    }

    static YearMonth current() {
        return YearMonth.now(BrusselsTime.ZONE);
    }

    /** The month asked for if it is one and not in the future, else the current month. */
    static YearMonth chosen(String month) {
        YearMonth now = current();
        if (month == null || month.isBlank()) {
            return now;
        }
        try {
            YearMonth asked = YearMonth.parse(month.strip());
            return asked.isAfter(now) ? now : asked;
        } catch (DateTimeParseException notAMonth) {
            return now;
        }
    }

    /** "novembre 2026" in the user's language. */
    static String name(YearMonth month) {
        return DateFormats.monthName(month);
    }

    /** "2026-11" → its name; anything else as it is. */
    static String name(String month) {
        try {
            return name(YearMonth.parse(month));
        } catch (DateTimeParseException | NullPointerException notAMonth) {
            return month;
        }
    }

    /** value → name, newest first, for the month picker. */
    static Map<String, String> pickerOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        YearMonth month = current();
        for (int i = 0; i < PICKER_MONTHS; i++) {
            options.put(month.toString(), name(month));
            month = month.minusMonths(1);
        }
        return options;
    }

    /** The months a target may start from: this month and the next twelve. */
    static List<YearMonth> targetStarts() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            months.add(current().plusMonths(i));
        }
        return months;
    }
}
