package be.foyer.web.council.decisions;

import be.foyer.events.BrusselsTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.support.ApiList;
import be.foyer.web.support.DateFormats;

/**
 * The activities of the calendar a decision can be linked to: those with an occurrence in the next three months
 * that is not cancelled, once each (by title, with its next date), in the order of that date. Council meetings of
 * the calendar are not activities.
 */
@Component
class ComingActivities {

    private static final ParameterizedTypeReference<ApiList<Occurrence>> OCCURRENCES =
            new ParameterizedTypeReference<>() {
            };

    private final ApiClient api;

    ComingActivities(ApiClient api) {
        this.api = api;
    }

    /** An item of {@code GET /api/activities}: an occurrence, or a council meeting ({@code kind} COUNCIL_MEETING). */
    public record Occurrence(String kind, String activityId, String title, LocalDateTime start, String status) {
    }

    /** An activity to pick, with the date it next takes place. */
    public record ComingActivity(String activityId, String title, LocalDate nextDate) {
    }

    List<ComingActivity> list() {
        LocalDate today = LocalDate.now(BrusselsTime.ZONE);
        ApiList<Occurrence> occurrences = api.get("/api/activities?from={from}&to={to}&size=100", OCCURRENCES,
                today, today.plusMonths(3));
        Map<String, ComingActivity> byActivity = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences.items()) {
            if (occurrence.activityId() != null && !"COUNCIL_MEETING".equals(occurrence.kind())
                    && !"CANCELLED".equals(occurrence.status())) {
                byActivity.putIfAbsent(occurrence.activityId(), new ComingActivity(occurrence.activityId(),
                        occurrence.title(), occurrence.start() == null ? null : occurrence.start().toLocalDate()));
            }
        }
        return List.copyOf(byActivity.values());
    }
}
