package be.foyer.web.calendar.planning;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A council meeting as {@code GET /api/council/meetings/{id}} answers it; {@code seriesMeetings} only in the answer
 * to planning (every meeting of the series, the first included).
 */
public record Meeting(String id, LocalDateTime start, LocalDateTime end, String status, String placeName,
        List<SeriesMeeting> seriesMeetings) {

    public record SeriesMeeting(String id, LocalDateTime start) {
    }
}
