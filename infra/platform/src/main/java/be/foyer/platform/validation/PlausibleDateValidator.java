package be.foyer.platform.validation;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlausibleDate} on the calendar day of Brussels, where every organisation works. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, Object> {


    private int yearsBack;
    private int yearsAhead;

    @Override
    public void initialize(PlausibleDate bounds) {
        yearsBack = bounds.yearsBack();
        yearsAhead = bounds.yearsAhead();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        LocalDate day = dayOf(value);
        if (day == null) {
            return true;
        }
        LocalDate today = LocalDate.now(Clock.system(BrusselsTime.ZONE));
        return !day.isBefore(today.minusYears(yearsBack)) && (yearsAhead < 0 || !day.isAfter(today.plusYears(yearsAhead)));
    }

    private static LocalDate dayOf(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof LocalDate date) {
            return date;
        } else if (value instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        } else if (value instanceof OffsetDateTime dateTime) {
            return dateTime.atZoneSameInstant(BrusselsTime.ZONE).toLocalDate();
        } else if (value instanceof ZonedDateTime dateTime) {
            return dateTime.withZoneSameInstant(BrusselsTime.ZONE).toLocalDate();
        } else if (value instanceof Instant instant) {
            return instant.atZone(BrusselsTime.ZONE).toLocalDate();
        } else if (value instanceof YearMonth month) {
            return month.atDay(1);
        }
        throw new IllegalArgumentException("@PlausibleDate does not apply to " + value.getClass());
    }
}
