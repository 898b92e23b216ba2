package be.foyer.web.tenants.register;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The birth typed in the GOV.UK date input: a whole date (day, month, year), the year alone (often all that is
 * known), or nothing. Anything else (a day without its month, letters, 31 February, a year without its 4 digits) is
 * {@link #incomplete()}: the form says so before anything is sent.
 *
 * @param date       the whole date, or null
 * @param year       the year alone, or null
 * @param errorField the field to flag ({@code birthDate}, or {@code birthYear} for a year that is not a number), or
 *                  null when the input is usable
 */
record BirthInput(LocalDate date, Integer year, String errorField) {

    static BirthInput of(String day, String month, String year) {
        boolean hasDay = !day.isBlank();
        boolean hasMonth = !month.isBlank();
        boolean hasYear = !year.isBlank();
        if (!hasDay && !hasMonth && !hasYear) {
            return new BirthInput(null, null, null);
        }
        Integer y = year.strip().length() == 4 ? number(year) : null;
        if (hasYear && y == null) {
            return new BirthInput(null, null, "birthYear");
        }
        if (!hasDay && !hasMonth) {
            return new BirthInput(null, y, null);
        }
        Integer d = number(day);
        Integer m = number(month);
        if (d == null || m == null || y == null) {
            return new BirthInput(null, null, "birthDate");
        }
        try {
            return new BirthInput(LocalDate.of(y, m, d), null, null);
        } catch (DateTimeException noSuchDay) {
            return new BirthInput(null, null, "birthDate");
        }
    }

    boolean incomplete() {
        return errorField != null;
    }

    private static Integer number(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
