package be.foyer.activities.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A collective activity in the shared calendar. Start and end are instants; {@code zone} is the time zone they
 * were entered in, which gives them back as the local times people read.
 */
public record Activity(
        String id,
        String organisation,
        String title,
        ActivityCategory category,
        Visibility visibility,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        int capacity,
        String scheduledBy,
        Instant scheduledAt) {

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, zone);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, zone);
    }

    /** Whether {@code organisation} sees it: a federation activity everyone does, an organisation one only its own. */
    public boolean isVisibleTo(String organisation) {
        return visibility == Visibility.FEDERATION || this.organisation.equals(organisation);
    }
}
