package be.foyer.web.calendar.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import be.foyer.web.api.ApiFieldError;

/**
 * Dates and times as the planning forms post them: a date input ({@code YYYY-MM-DD}) and time inputs
 * ({@code HH:mm}), Brussels local time as the API takes it ({@code 2026-12-03T14:00}).
 */
final class TypedTimes {

    private TypedTimes() {
    }

    /** The date and time as the API's local date-time, or null when either is not readable. */
    static String at(String date, String time) {
        LocalDate day = date(date);
        LocalTime at = time(time);
        return day == null || at == null ? null : LocalDateTime.of(day, at).toString();
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    static LocalTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    static String timeOf(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTime.toLocalTime().toString();
    }

    static String dateOf(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTime.toLocalDate().toString();
    }

    /** A required date: missing → {@code required}, unreadable → {@code not_a_date}. */
    static void checkDate(List<ApiFieldError> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.add(new ApiFieldError(field, "required", null));
        } else if (date(text) == null) {
            errors.add(new ApiFieldError(field, "not_a_date", null));
        }
    }

    /** A time: missing → {@code required} (when required), unreadable → {@code not_a_time}. */
    static void checkTime(List<ApiFieldError> errors, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new ApiFieldError(field, "required", null));
            }
        } else if (time(text) == null) {
            errors.add(new ApiFieldError(field, "not_a_time", null));
        }
    }

    static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
