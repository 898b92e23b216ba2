package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Indicator {@code distinctPlaces}: the federation-wide ids of the places an organisation's tenants went to in a
 * month, accompanied (follow-ups) or with an activity of any organiser (outings), and the places of the activities the
 * organisation held. Ids are the federation's, so the same museum is one id for every member and a programme or
 * federation figure, a union of these sets, counts it once.
 */
@Component
public class PlacesVisited {

    private final FollowUpFacts followUps;
    private final ParticipationFacts participations;
    private final ActivityFacts activities;

    public PlacesVisited(FollowUpFacts followUps, ParticipationFacts participations, ActivityFacts activities) {
        this.followUps = followUps;
        this.participations = participations;
        this.activities = activities;
    }

    public Set<String> of(String organisation, YearMonth month) {
        Set<String> places = new HashSet<>(followUps.placesVisited(organisation, month));
        places.addAll(participations.placesVisited(organisation, month));
        places.addAll(activities.placesOfActivitiesHeld(organisation, month));
        return places;
    }
}
