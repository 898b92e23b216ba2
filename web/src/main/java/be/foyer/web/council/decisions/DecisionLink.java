package be.foyer.web.council.decisions;

import java.time.Instant;

/**
 * What a decision led to: an activity of the calendar ({@code kind} ACTIVITY, with its title) or a house rule
 * changed on a site ({@code kind} HOUSE_RULE, site name and description).
 */
public record DecisionLink(String kind, String activityId, String activityTitle, String siteName,
        String description, Instant linkedAt) {

    public boolean isActivity() {
        return "ACTIVITY".equals(kind);
    }
}
