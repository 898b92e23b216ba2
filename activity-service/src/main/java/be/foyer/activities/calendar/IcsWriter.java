package be.foyer.activities.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.Place;
import be.foyer.activities.council.CouncilMeeting;
import be.foyer.activities.council.CouncilStatus;
import be.foyer.activities.occurrence.Occurrence;
import be.foyer.events.BrusselsTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes occurrences as an RFC 5545 calendar with ical4j (which escapes text and ends lines in CRLF; lines are
 * folded here at 75 octets): one VEVENT per occurrence (UID {@code <occurrenceId>@foyer}, stable when it moves), local times
 * with {@code TZID=Europe/Brussels} and the zone's VTIMEZONE. Expanded events rather than RRULE, so that each moved
 * or cancelled occurrence is simply itself. Council meetings are events too (UID {@code <meetingId>@foyer-council})
 * in feeds that follow the council.
 */
final class IcsWriter {

    /** The tenants' council as phone calendars show it, in French and Dutch (no title of its own). */
    static final String COUNCIL_SUMMARY = "Conseil des locataires / Huurdersraad";

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    /** ical4j's Europe/Brussels, from the zone data it ships (never fetched). */
    private static final VTimeZone BRUSSELS = TimeZoneRegistryFactory.getInstance().createRegistry()
            .getTimeZone(BrusselsTime.ZONE.getId()).getVTimeZone();

    private IcsWriter() {
    }

    static String write(String name, List<Occurrence> occurrences, List<CouncilMeeting> meetings, Instant now) {
        Calendar calendar = new Calendar()
                .withProdId("-//Foyer//Shared calendar//EN")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .withProperty(new XProperty("X-WR-TIMEZONE", BrusselsTime.ZONE.getId()))
                .withComponent(BRUSSELS)
                .getFluentTarget();
        occurrences.forEach(occurrence -> calendar.add(event(occurrence, now)));
        meetings.forEach(meeting -> calendar.add(event(meeting, now)));
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        StringBuilder folded = new StringBuilder();
        ics.toString().lines().forEach(line -> fold(folded, line));
        return folded.toString();
    }

    /**
     * Appends a content line folded at 75 octets, never inside a UTF-8 character, ending in CRLF. ical4j folds at
     * 75 characters, which RFC 5545 forbids as soon as a title has an accent, so its own folding is turned off.
     */
    private static void fold(StringBuilder ics, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
            int codePoint = line.codePointAt(i);
            int size = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
        }
        ics.append(CRLF);
    }

    private static VEvent event(Occurrence occurrence, Instant now) {
        Activity activity = occurrence.activity();
        VEvent event = event(occurrence.id() + "@foyer", now, occurrence.start(), occurrence.end(), activity.zone(),
                activity.title(), activity.category().name(), occurrence.status() == ActivityStatus.CANCELLED);
        if (activity.description() != null) {
            event.add(new Description(activity.description()));
        }
        Place place = activity.place();
        if (place != null) {
            event.add(new Location(place.address() == null ? place.name() : place.name() + ", " + place.address()));
        }
        return event;
    }

    private static VEvent event(CouncilMeeting meeting, Instant now) {
        VEvent event = event(meeting.id() + "@foyer-council", now, meeting.start(), meeting.end(), BrusselsTime.ZONE,
                COUNCIL_SUMMARY, "COUNCIL", meeting.status() == CouncilStatus.CANCELLED);
        if (meeting.placeName() != null) {
            event.add(new Location(meeting.placeAddress() == null ? meeting.placeName()
                    : meeting.placeName() + ", " + meeting.placeAddress()));
        }
        return event;
    }

    private static VEvent event(String uid, Instant now, LocalDateTime start, LocalDateTime end, ZoneId zone,
            String summary, String category, boolean cancelled) {
        VEvent event = new VEvent();
        event.add(new Uid(uid));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(start.atZone(zone)));
        event.add(new DtEnd<>(end.atZone(zone)));
        event.add(new Summary(summary));
        event.add(new Categories(category));
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }
}
