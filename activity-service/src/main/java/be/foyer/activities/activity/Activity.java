package be.foyer.activities.activity;

import be.foyer.platform.domain.Author;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A collective activity in the shared calendar: one occurrence, or a series when it has a {@link Recurrence}.
 * Start and end are the first occurrence's local times in {@code zone}; each occurrence keeps that local time and
 * duration. {@code exceptions} are the dates left out of the series (RFC 5545 EXDATE).
 *
 * @param registrationClosesHoursBefore how long before an occurrence starts registrations close; {@code null}: open
 *                                      until it ends (workers register walk-ins on the day)
 */
public record Activity(
        String id,
        String organisation,
        String title,
        String description,
        ActivityCategory category,
        Visibility visibility,
        Place place,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId zone,
        Recurrence recurrence,
        List<LocalDate> exceptions,
        int capacity,
        Integer registrationClosesHoursBefore,
        Integer costCents,
        String accessibility,
        ActivityStatus status,
        Author scheduledBy,
        Instant scheduledAt) {

    private static final DateTimeFormatter OCCURRENCE_KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public Activity {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public boolean recurring() {
        return recurrence != null;
    }

    public Instant startsAt() {
        return start.atZone(zone).toInstant();
    }

    public Instant endsAt() {
        return end.atZone(zone).toInstant();
    }

    /** The local length of an occurrence: 14:00 to 16:00 stays two hours on the clock, whatever the offset. */
    public Duration localDuration() {
        return Duration.between(start, end);
    }

    /** The start of the last occurrence of a series that ends, or {@code null} for one that goes on. */
    public LocalDateTime lastStart() {
        if (recurrence == null) {
            return start;
        }
        if (!recurrence.isFinite()) {
            return null;
        }
        List<LocalDateTime> starts = recurrence.starts(start, LocalDateTime.MAX);
        return starts.get(starts.size() - 1);
    }

    /** The original local starts of the occurrences in [{@code from}, {@code until}), exceptions left out. */
    public List<LocalDateTime> occurrenceStarts(LocalDateTime from, LocalDateTime until) {
        List<LocalDateTime> starts = recurrence == null ? List.of(start) : recurrence.starts(start, until);
        return starts.stream()
                .filter(occurrence -> !occurrence.isBefore(from) && occurrence.isBefore(until))
                .filter(occurrence -> !exceptions.contains(occurrence.toLocalDate()))
                .toList();
    }

    /** Whether the series has an occurrence starting at {@code originalStart} (before any move). */
    public boolean hasOccurrenceAt(LocalDateTime originalStart) {
        return occurrenceStarts(originalStart, originalStart.plusMinutes(1)).contains(originalStart);
    }

    /** {@code <activityId>@<original local start, yyyy-MM-ddTHH:mm>}: stable while the occurrence is moved. */
    public String occurrenceId(LocalDateTime originalStart) {
        return id + "@" + OCCURRENCE_KEY.format(originalStart);
    }

    /** The original local start an occurrence id names, or {@code null} if it is not one of this activity's. */
    public LocalDateTime originalStartOf(String occurrenceId) {
        String prefix = id + "@";
        if (occurrenceId == null || !occurrenceId.startsWith(prefix)) {
            return null;
        }
        try {
            LocalDateTime originalStart = LocalDateTime.parse(occurrenceId.substring(prefix.length()), OCCURRENCE_KEY);
            return hasOccurrenceAt(originalStart) ? originalStart : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Whether {@code organisation} sees it: a federation activity everyone does, an organisation one only its own. */
    public boolean isVisibleTo(String organisation) {
        return visibility == Visibility.FEDERATION || this.organisation.equals(organisation);
    }
}
