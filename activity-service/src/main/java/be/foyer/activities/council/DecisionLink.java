package be.foyer.activities.council;

import java.time.Instant;

import be.foyer.platform.domain.Author;

/**
 * What a decision led to: an activity of the calendar, or a house rule changed on a site.
 *
 * @param activityId  for {@link Kind#ACTIVITY}
 * @param siteName    for {@link Kind#HOUSE_RULE}, with {@code description}
 * @param linkedBy    who linked it
 */
public record DecisionLink(String id, Kind kind, String activityId, String siteName, String description,
        Instant linkedAt, Author linkedBy) {

    public enum Kind {
        ACTIVITY, HOUSE_RULE
    }
}
