package be.foyer.web.calendar.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.web.support.DateFormats;

/**
 * A recurrence in plain words in the user's language ("Tous les premiers mardis du mois, 6 fois, sauf le 2 février
 * 2027"): under the picker and in the success banner. Users never see an RRULE. A picker that is not complete yet
 * gives what can be said of it.
 */
@Component
public class RecurrenceWords {

    private final MessageSource messages;
    private final DateFormats dates;

    RecurrenceWords(MessageSource messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
    }

    public String of(RecurrencePicker picker) {
        Locale locale = LocaleContextHolder.getLocale();
        String rule = switch (picker.repeat()) {
            case RecurrencePicker.WEEKLY -> weekly(picker, locale);
            case RecurrencePicker.MONTHLY -> monthly(picker, locale);
            case RecurrencePicker.KEEP -> text("planning.summary.kept", locale);
            default -> text("planning.summary.once", locale);
        };
        if (!picker.isRepeating()) {
            return rule;
        }
        StringBuilder words = new StringBuilder(rule);
        if (!RecurrencePicker.KEEP.equals(picker.repeat())) {
            String end = end(picker, locale);
            if (end != null) {
                words.append(", ").append(end);
            }
        }
        List<String> leftOut = new ArrayList<>();
        for (String date : picker.exceptions()) {
            try {
                leftOut.add(dates.date(LocalDate.parse(date)));
            } catch (RuntimeException notADate) {
                // said beside its field
            }
        }
        if (!leftOut.isEmpty()) {
            words.append(", ").append(text("planning.summary.except", locale, joined(leftOut, locale)));
        }
        return words.append('.').toString();
    }

    private String weekly(RecurrencePicker picker, Locale locale) {
        List<String> days = picker.weekDays().stream()
                .map(day -> text("planning.summary.weeklyDay." + day, locale)).toList();
        String on = days.isEmpty() ? text("planning.summary.noDay", locale) : joined(days, locale);
        int every = positive(picker.weekInterval());
        return every > 1 ? text("planning.summary.everyWeeks", locale, every, on)
                : text("planning.summary.weekly", locale, on);
    }

    private String monthly(RecurrencePicker picker, Locale locale) {
        int every = positive(picker.monthInterval());
        String day;
        if (RecurrencePicker.BY_MONTHDAY.equals(picker.monthlyBy())) {
            day = picker.monthDay() == null || picker.monthDay().isBlank() ? "…" : picker.monthDay();
            return every > 1 ? text("planning.summary.everyMonthsOnDay", locale, day, every)
                    : text("planning.summary.monthlyOnDay", locale, day);
        }
        String ordinal = text("planning.summary.ordinal." + picker.monthOrdinal(), locale);
        String weekday = picker.monthWeekday() == null ? "…"
                : text("planning.summary.monthlyDay." + picker.monthWeekday(), locale);
        return every > 1 ? text("planning.summary.everyMonthsOnWeekday", locale, ordinal, weekday, every)
                : text("planning.summary.monthlyOnWeekday", locale, ordinal, weekday);
    }

    private String end(RecurrencePicker picker, Locale locale) {
        if (RecurrencePicker.AFTER_COUNT.equals(picker.ends())) {
            int times = positive(picker.count());
            return picker.count() == null || picker.count().isBlank() ? null
                    : text("planning.summary.times", locale, times);
        }
        if (RecurrencePicker.ON_DATE.equals(picker.ends())) {
            try {
                return text("planning.summary.until", locale, dates.date(LocalDate.parse(picker.until())));
            } catch (RuntimeException notADate) {
                return null;
            }
        }
        return RecurrencePicker.NEVER.equals(picker.ends()) ? text("planning.summary.never", locale) : null;
    }

    private String joined(List<String> items, Locale locale) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("planning.summary.and", locale)
                + " " + items.get(items.size() - 1);
    }

    private static int positive(String number) {
        try {
            return Math.max(1, Integer.parseInt(number.strip()));
        } catch (RuntimeException notANumber) {
            return 1;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
