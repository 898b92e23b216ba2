package be.foyer.events;

import java.time.ZoneId;

/**
 * The federation's time zone: every date of an event ({@code occurredOn}, a follow-up's day, an activity's day) and
 * every date a person reads is a Brussels date. The one declaration of it.
 */
public final class BrusselsTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private BrusselsTime() {
    }
}
