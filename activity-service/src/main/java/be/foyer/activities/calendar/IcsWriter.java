package be.foyer.activities.calendar;

import be.foyer.events.BrusselsTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import be.foyer.activities.activity.Activity;
import be.foyer.activities.activity.ActivityService;
import be.foyer.activities.activity.ActivityStatus;
import be.foyer.activities.activity.Place;
import be.foyer.activities.council.CouncilMeeting;
import be.foyer.activities.council.CouncilStatus;
import be.foyer.activities.occurrence.Occurrence;

/**
 * Writes occurrences as an RFC 5545 calendar: one VEVENT per occurrence (UID {@code <occurrenceId>@foyer}, stable
 * when it moves), local times with {@code TZID=Europe/Brussels} and the zone's VTIMEZONE, CRLF line ends, lines
 * folded at 75 octets, text escaped. Expanded events rather than RRULE, so that each moved or cancelled occurrence
 * is simply itself. Council meetings are events too (UID {@code <meetingId>@foyer-council}) in feeds that follow
 * the council.
 */
final class IcsWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Europe/Brussels since 1996: CEST from the last Sunday of March, CET from the last Sunday of October. */
    private static final List<String> BRUSSELS_TIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Brussels",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private IcsWriter() {
    }

    /** The tenants' council as phone calendars show it, in French and Dutch (no title of its own). */
    static final String COUNCIL_SUMMARY = "Conseil des locataires / Huurdersraad";

    static String write(String name, List<Occurrence> occurrences, List<CouncilMeeting> meetings, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Foyer//Shared calendar//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:Europe/Brussels");
        BRUSSELS_TIMEZONE.forEach(timezoneLine -> line(ics, timezoneLine));
        for (Occurrence occurrence : occurrences) {
            event(ics, occurrence, now);
        }
        for (CouncilMeeting meeting : meetings) {
            event(ics, meeting, now);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, Occurrence occurrence, Instant now) {
        Activity activity = occurrence.activity();
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + occurrence.id() + "@foyer");
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART;TZID=" + activity.zone().getId() + ":" + local(occurrence.start()));
        line(ics, "DTEND;TZID=" + activity.zone().getId() + ":" + local(occurrence.end()));
        line(ics, "SUMMARY:" + text(activity.title()));
        if (activity.description() != null) {
            line(ics, "DESCRIPTION:" + text(activity.description()));
        }
        Place place = activity.place();
        if (place != null) {
            line(ics, "LOCATION:" + text(place.address() == null ? place.name() : place.name() + ", " + place.address()));
        }
        line(ics, "CATEGORIES:" + activity.category().name());
        line(ics, "STATUS:" + (occurrence.status() == ActivityStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
    }

    private static void event(StringBuilder ics, CouncilMeeting meeting, Instant now) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + meeting.id() + "@foyer-council");
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART;TZID=" + BrusselsTime.ZONE.getId() + ":" + local(meeting.start()));
        line(ics, "DTEND;TZID=" + BrusselsTime.ZONE.getId() + ":" + local(meeting.end()));
        line(ics, "SUMMARY:" + text(COUNCIL_SUMMARY));
        if (meeting.placeName() != null) {
            line(ics, "LOCATION:" + text(meeting.placeAddress() == null ? meeting.placeName()
                    : meeting.placeName() + ", " + meeting.placeAddress()));
        }
        line(ics, "CATEGORIES:COUNCIL");
        line(ics, "STATUS:" + (meeting.status() == CouncilStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
    }

    private static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character, each line ending in CRLF. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }
}
