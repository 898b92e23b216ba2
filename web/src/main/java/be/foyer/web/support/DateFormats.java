package be.foyer.web.support;

import be.foyer.events.BrusselsTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the user's language writes them, in Brussels time. In templates:
 * {@code ${@dates.date(tenant.birthDate)}} (3 mars 2025 / 3 maart 2025 / 3 March 2025),
 * {@code ${@dates.shortDate(d)}}, {@code ${@dates.dateTime(followUp.recordedAt)}}. Null gives "".
 */
@Component("dates")
public class DateFormats {


    /** "novembre 2026" in the user's language (a Brussels calendar month, the reports' unit). */
    public static String monthName(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : formatter(FormatStyle.LONG).format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : formatter(FormatStyle.MEDIUM).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(BrusselsTime.ZONE));
    }

    public String dateTime(OffsetDateTime dateTime) {
        return dateTime == null ? "" : dateTime(dateTime.toInstant());
    }

    private static DateTimeFormatter formatter(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(LocaleContextHolder.getLocale());
    }
}
