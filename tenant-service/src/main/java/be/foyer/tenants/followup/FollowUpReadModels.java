package be.foyer.tenants.followup;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what is derived from the follow-ups for fast reading (each tenant's DONE dates, who was met in which month,
 * the PLANNED appointments, the places used) in step with every follow-up written. These are written right after the
 * follow-up, from its new state alone (and its month before, to leave it); should the process stop in between, recording the next change of that follow-up puts them right, and
 * an empty set of them is rebuilt from the follow-ups at start-up (data from before they existed).
 */
@Component
class FollowUpReadModels {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReadModels.class);

    private final ContactSummaries summaries;
    private final MonthlyContacts monthlyContacts;
    private final Appointments appointments;
    private final UsedPlaces places;
    private final FollowUpStore store;

    FollowUpReadModels(ContactSummaries summaries, MonthlyContacts monthlyContacts, Appointments appointments,
            UsedPlaces places, FollowUpStore store) {
        this.summaries = summaries;
        this.monthlyContacts = monthlyContacts;
        this.appointments = appointments;
        this.places = places;
        this.store = store;
    }

    /** @param before {@code null} for a new follow-up */
    void changed(FollowUp before, FollowUp after) {
        if (after.isDone()) {
            summaries.done(after);
        } else if (before != null && before.isDone()) {
            summaries.notDone(after);
        }
        monthlyContacts.changed(before, after);
        if (after.status() == FollowUpStatus.PLANNED) {
            appointments.planned(after);
        } else if (before != null && before.status() == FollowUpStatus.PLANNED) {
            appointments.notPlanned(after);
        }
        countPlaces(before, after);
    }

    private void countPlaces(FollowUp before, FollowUp after) {
        Place was = countedPlace(before);
        Place is = countedPlace(after);
        if (was != null && (is == null || !was.id().equals(is.id()))) {
            places.count(after.organisation(), was, -1);
        }
        if (is != null && (was == null || !was.id().equals(is.id()))) {
            places.count(after.organisation(), is, 1);
        } else if (is != null && !Objects.equals(was.name(), is.name())) {
            places.count(after.organisation(), is, 0); // the same place typed differently: keep the latest spelling
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfMissing() {
        if (summaries.isEmpty() && appointments.isEmpty() && places.isEmpty() && !store.isEmpty()) {
            log.info("Deriving contact summaries, appointments and used places from the stored follow-ups");
            store.forEachWithoutTexts(followUp -> changed(null, followUp));
        } else if (places.isEmpty() && !store.isEmpty()) {
            // places got federation-wide ids in new collections (issue 12): derive them once from the follow-ups
            log.info("Deriving the places used from the stored follow-ups");
            store.forEachWithoutTexts(followUp -> countPlaces(null, followUp));
        }
        if (monthlyContacts.isEmpty() && !store.isEmpty()) {
            // who was met in which month came with the organisation's "not met" list (issue 12)
            log.info("Deriving the months in which each tenant was met from the stored follow-ups");
            store.forEachWithoutTexts(followUp -> monthlyContacts.changed(null, followUp));
        }
    }

    private static Place countedPlace(FollowUp followUp) {
        return followUp == null || followUp.status() == FollowUpStatus.WITHDRAWN ? null : followUp.place();
    }
}
