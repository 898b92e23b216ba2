package be.foyer.activities.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Service;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.NotFoundException;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;

/** Scheduling activities in the shared calendar and reading what an organisation may see of it. */
@Service
public class ActivityService {

    /** The calendar's times are Brussels times. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ActivityStore store;
    private final Clock clock;

    public ActivityService(ActivityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param start and {@code end}: Brussels local date-times */
    public Activity schedule(String organisation, String title, ActivityCategory category, Visibility visibility,
            LocalDateTime start, LocalDateTime end, int capacity, String scheduledBy) {
        Instant startsAt = start.atZone(BRUSSELS).toInstant();
        Instant endsAt = end.atZone(BRUSSELS).toInstant();
        if (!endsAt.isAfter(startsAt)) {
            throw BadRequestException.onField("end", "must be after start");
        }
        Activity activity = new Activity(UUID.randomUUID().toString(), organisation, title.strip(), category,
                visibility, startsAt, endsAt, BRUSSELS, capacity, scheduledBy, clock.instant());
        store.schedule(activity);
        return activity;
    }

    /** The activity, if {@code organisation} may see it; an organisation activity of another is as absent as none. */
    public Activity get(String organisation, String id) {
        return store.find(id).filter(activity -> activity.isVisibleTo(organisation))
                .orElseThrow(() -> new NotFoundException("activity", id));
    }

    /** What {@code organisation} sees, starting from the day {@code from} to the day {@code to}, both included. */
    public PageResult<Activity> list(String organisation, LocalDate from, LocalDate to, PageQuery page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw BadRequestException.onField("to", "must not be before from");
        }
        return store.listVisibleTo(organisation,
                from == null ? null : from.atStartOfDay(BRUSSELS).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BRUSSELS).toInstant(),
                page);
    }
}
