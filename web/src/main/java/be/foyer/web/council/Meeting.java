package be.foyer.web.council;

import be.foyer.events.BrusselsTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import be.foyer.web.support.DateFormats;

/**
 * A council meeting as {@code GET /api/council/meetings/{id}} gives it (the fields the pages show). Times are
 * Brussels local date-times. Agenda items never carry the tenant's id: only whether the item is on a tenant's
 * behalf and, with the tenant's consent, a first name.
 */
public record Meeting(String id, LocalDateTime start, LocalDateTime end, String placeName, String placeAddress,
        String status, List<AgendaItem> agenda, String minutes, List<Attendance> attendance, int tenantsPresent,
        List<Decision> decisions) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public Meeting {
        agenda = agenda == null ? List.of()
                : agenda.stream().sorted(Comparator.comparingInt(AgendaItem::position)).toList();
        attendance = attendance == null ? List.of() : attendance;
        decisions = decisions == null ? List.of() : decisions;
    }

    /** A point on the agenda; {@code proposingOrganisation} is the organisation that put it there. */
    public record AgendaItem(String id, String title, String proposingOrganisation, int position, String outcome,
            boolean onBehalfOfTenant, String tenantFirstName) {
    }

    /** How many tenants of one organisation came; never who. */
    public record Attendance(String organisation, int tenantsPresent) {
    }

    public record Decision(String id, String text, String agendaItemId, int votesFor, int votesAgainst,
            int abstentions, String ownerOrganisation, LocalDate dueDate, String status) {
    }

    /** The day it takes place. */
    public LocalDate day() {
        return start == null ? null : start.toLocalDate();
    }

    /** The start as an instant, for {@code @dates.dateTime}. */
    public Instant startsAt() {
        return start == null ? null : start.atZone(BrusselsTime.ZONE).toInstant();
    }

    /** The end's time of day ("16:00"), or "" when the API gave none. */
    public String endTime() {
        return end == null ? "" : TIME.format(end);
    }

    public boolean isScheduled() {
        return "SCHEDULED".equals(status);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** True once the start has passed in Brussels: the minutes may then say the meeting was held. */
    public boolean hasStarted() {
        return start != null && !LocalDateTime.now(BrusselsTime.ZONE).isBefore(start);
    }

    /** The minutes' paragraphs, as typed line by line (blank lines left out). */
    public List<String> minutesParagraphs() {
        return minutes == null ? List.of() : minutes.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Optional<AgendaItem> item(String itemId) {
        return agenda.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** The title of the agenda item a decision answers, or null. */
    public String itemTitle(String itemId) {
        return itemId == null ? null : item(itemId).map(AgendaItem::title).orElse(null);
    }

    /** Tenants present from this organisation as recorded, or null when none was recorded for it. */
    public Integer presentFrom(String organisation) {
        return attendance.stream().filter(row -> row.organisation().equals(organisation))
                .map(Attendance::tenantsPresent).findFirst().orElse(null);
    }
}
