package be.foyer.web.calendar.planning;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import be.foyer.web.support.DateFormats;

/** A local date-time in words for the planning pages' sentences: "10 décembre 2026, 14:00". */
@Component
class Moment {

    private final DateFormats dates;

    Moment(DateFormats dates) {
        this.dates = dates;
    }

    String of(LocalDateTime dateTime) {
        return dateTime == null ? "" : dates.date(dateTime.toLocalDate()) + ", " + dateTime.toLocalTime();
    }
}
